namespace Csp.Storage.Entities;

public sealed class SurveyConcernMappingRow
{
    public long SurveyId { get; set; }
    public int Position { get; set; }
    public required string Issue { get; set; }
    public required string Category { get; set; }
}
