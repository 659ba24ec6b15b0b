using Csp.Core.Periods;

namespace Csp.Storage.Performance;

/// <summary>The police.uk records of one district, month and crime type.</summary>
public sealed record PoliceCell(string District, YearMonth Month, string CrimeType, long Records);
