namespace Csp.Storage.Entities;

/// <summary>An ASB case (table asb_cases). <see cref="Status"/> is Open, UnderReview or Closed; <see cref="RiskLevel"/> the latest assessment's.</summary>
public sealed class AsbCaseRow
{
    public long Id { get; set; }
    public required string Reference { get; set; }
    public required string CaseType { get; set; }
    public required string Status { get; set; }
    public string? Outcome { get; set; }
    public long LeadAgencyId { get; set; }
    public string? LeadOfficer { get; set; }
    public string? Location { get; set; }
    /// <summary>The location upper-cased with single spaces (<c>location_key</c>): the same place written the same way matches.</summary>
    public string? LocationKey { get; set; }
    public string? Ward { get; set; }
    public string? Lsoa { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? Summary { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string? RiskLevel { get; set; }
    public int? RiskScore { get; set; }
    public DateOnly? ReassessBy { get; set; }
    /// <summary>True for the generated demonstration caseload: fictitious, labelled as such wherever it shows.</summary>
    public bool Demo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public List<CaseAgencyRow> Partners { get; set; } = [];
    /// <summary>The day the retention job anonymised it (0016), or null.</summary>
    public DateOnly? AnonymisedOn { get; set; }
}
