namespace Csp.Ingest.Consultation;

/// <summary>
/// The shape of another tool's CSV export. The columns are matched to the survey's questions by their text either
/// way (<see cref="ResponseCsvMapping.Infer"/>); the style says how the header is laid out.
/// </summary>
internal enum ExportStyle
{
    /// <summary>One header row: this product's own export (question ids), Microsoft Forms (question text; a Likert row per column "Question.Item"; a ranking as "A;B;") or Citizen Space (one column per question or per option).</summary>
    OneHeaderRow,

    /// <summary>SmartSurvey's "column per option" export: a first row with the question over its columns (blank cells carry it on), a second with the item or option.</summary>
    TwoHeaderRows,
}
