using Csp.Core.Periods;

namespace Csp.Storage.Performance;

/// <summary>Incidents of a district in a month of one category and domestic flag (null: not recorded).</summary>
public sealed record IncidentMonthCount(string District, YearMonth Month, string Category, bool? Domestic, long Incidents);
