namespace Csp.Workbench.Cases;

/// <summary>What an officer gives to open a case. The lead agency is the officer's own; partners by agency id.</summary>
public sealed record NewCase(string CaseType, string? Location, string? Ward, string? Summary, IReadOnlyList<long> PartnerAgencyIds)
{
    public string? Lsoa { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    /// <summary>Null: today.</summary>
    public DateOnly? OpenedOn { get; init; }
}
