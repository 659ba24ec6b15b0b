using Csp.Core.Periods;

namespace Csp.Storage.Performance;

/// <summary>police.uk records of some districts by month and crime type, the months held whole for each, and every crime type held.</summary>
public sealed record PoliceMonths(IReadOnlyList<PoliceCell> Cells, IReadOnlyDictionary<string, IReadOnlyList<YearMonth>> HeldMonths, IReadOnlyList<string> CrimeTypes);
