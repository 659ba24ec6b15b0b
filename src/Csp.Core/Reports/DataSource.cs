namespace Csp.Core.Reports;

/// <summary>A source of the figures: "data.police.uk street-level crime, Kent Police", covering "Jan 2022 - Nov 2022, Jan 2025 - Dec 2025".</summary>
/// <param name="Notes">Caveats a reader needs: missing months, the population year used, how categories are grouped.</param>
public sealed record DataSource(string Name, string Coverage, string Licence, IReadOnlyList<string> Notes);
