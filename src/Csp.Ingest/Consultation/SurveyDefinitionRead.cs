using Csp.Core.Consultation;
using Csp.Core.Imports;

namespace Csp.Ingest.Consultation;

/// <summary>A survey definition file read: the survey, or null with the reasons.</summary>
internal sealed record SurveyDefinitionRead(Survey? Survey, IReadOnlyList<ImportIssue> Issues);
