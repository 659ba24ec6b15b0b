namespace Csp.Storage.Entities;

/// <summary>A respondent's postcode: personal data, for operational use only, deleted after <see cref="DeleteAfter"/>.</summary>
public sealed class SurveyPostcodeRow
{
    public long ResponseId { get; set; }
    public required string Postcode { get; set; }
    public DateOnly DeleteAfter { get; set; }
}
