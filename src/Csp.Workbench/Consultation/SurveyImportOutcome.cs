using Csp.Core.Imports;

namespace Csp.Workbench.Consultation;

/// <summary>
/// A survey definition imported: Added (new), Replaced (its definition changed), Unchanged (the same definition; the
/// theme lists and concern mapping given are still applied) or Rejected with the reasons (file, line or JSON path, field).
/// </summary>
/// <param name="Warnings">Problems that did not stop the import (a theme without keywords, a mapped issue the survey does not ask about).</param>
public sealed record SurveyImportOutcome(string File, string? SurveyId, FileOutcome Outcome, IReadOnlyList<ImportIssue> Issues, IReadOnlyList<ImportIssue> Warnings);
