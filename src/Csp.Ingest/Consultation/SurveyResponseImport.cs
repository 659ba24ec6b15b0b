using Csp.Core.Consultation;
using Csp.Core.Imports;

namespace Csp.Ingest.Consultation;

/// <summary>An export read: the good responses (each with its idempotency key as <see cref="SurveyResponse.Id"/>), and every problem by file, line and column.</summary>
/// <param name="Rows">Data rows read (not counting the header rows or blank lines).</param>
/// <param name="Duplicates">Rows skipped because an earlier row of the file had the same response id.</param>
/// <param name="Mapping">The mapping used (inferred or given), so the analyst can see which column went where.</param>
internal sealed record SurveyResponseImport(IReadOnlyList<SurveyResponse> Responses, IReadOnlyList<ImportIssue> Issues, int Rows, int Duplicates, ResponseCsvMapping Mapping);
