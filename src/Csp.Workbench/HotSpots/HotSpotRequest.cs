using Csp.Core.HotSpots;
using Csp.Core.Periods;
using Csp.Core.Significance;

namespace Csp.Workbench.HotSpots;

/// <summary>Hot spots for an area: the months to map and to compare with, which crime types (none: all crime and ASB), and the grid.</summary>
/// <param name="CellSize">Grid cell side in metres.</param>
/// <param name="Bandwidth">Kernel bandwidth in metres; null for the default rule.</param>
public sealed record HotSpotRequest(string Area, MonthRange Period, MonthRange Baseline, IReadOnlyList<string> CrimeTypes, double CellSize = 250, double? Bandwidth = null,
    KernelShape Kernel = KernelShape.Quartic, PValueCorrection Correction = PValueCorrection.FalseDiscoveryRate);
