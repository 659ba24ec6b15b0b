using Csp.Core.Consultation;
using Csp.Core.Imports;

namespace Csp.Ingest.Consultation;

/// <summary>The population a survey is compared with: one spec per demographic question the survey asks, and any problems reading the files.</summary>
internal sealed record SurveyPopulation(IReadOnlyList<CharacteristicSpec> Specs, IReadOnlyList<ImportIssue> Issues);
