using Csp.Core.Consultation;
using Csp.Core.Imports;

namespace Csp.Ingest.Consultation;

/// <summary>A survey definition file read: the survey, or null with the reasons.</summary>
public sealed record SurveyDefinitionRead(Survey? Survey, IReadOnlyList<ImportIssue> Issues);
