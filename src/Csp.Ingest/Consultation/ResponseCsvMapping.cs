using System.Text.RegularExpressions;
using Csp.Core.Consultation;
using Csp.Core.Imports;

namespace Csp.Ingest.Consultation;

/// <summary>
/// Which export column holds which answer. Inferred from the header by matching question ids and texts, grid items and
/// options in the ways SmartSurvey, Microsoft Forms and Citizen Space write them ("Question - Item", "Question: Item",
/// "Question [Item]", "Question.Item", an item alone, "Question - first choice"), or read from a mapping file
/// <c>Column,Question,Part,Option</c> where the analyst says it.
/// </summary>
/// <param name="IdColumn">The tool's response id, used as the idempotency key; null to key each row by a hash of it.</param>
/// <param name="Ignored">Columns deliberately not read (timestamps, names, e-mails), or left over.</param>
internal sealed partial record ResponseCsvMapping(string? IdColumn, IReadOnlyList<ColumnBinding> Bindings, IReadOnlyList<string> Ignored)
{
    private static readonly string[] IdNames = ["response id", "responseid", "response", "id", "respondent id", "respondentid", "response number", "unique response number"];

    // Metadata columns the tools add around the answers.
    private static readonly string[] MetadataNames =
    [
        "start time", "completion time", "email", "name", "last modified time", "started", "ended", "date started", "date ended",
        "ip address", "status", "duration", "user id", "respondent", "submitted", "submission date", "channel", "language",
        "response status", "time taken", "source", "tracking link", "custom value", "consent",
    ];

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth"];
    private static readonly string[] ShortOrdinals = ["1st", "2nd", "3rd", "4th", "5th"];

    /// <summary>Matches each header to an answer slot of the survey; columns that match nothing are listed in <see cref="Ignored"/>.</summary>
    public static ResponseCsvMapping Infer(Survey survey, IReadOnlyList<string> header)
    {
        var labels = Labels(survey);
        string? id = null;
        var bindings = new List<ColumnBinding>();
        var ignored = new List<string>();
        foreach (var column in header)
        {
            var label = Label(column);
            if (id is null && IdNames.Contains(label))
            {
                id = column;
                continue;
            }
            if (labels.TryGetValue(label, out var target)) bindings.Add(new ColumnBinding(column, target.Key, target.Option));
            else ignored.Add(column);
        }
        return new ResponseCsvMapping(id, bindings, ignored);
    }

    /// <summary>Whether a column is one the tools add around the answers (not worth a warning when left out).</summary>
    public static bool IsMetadata(string column) => MetadataNames.Contains(Label(column));

    /// <summary>
    /// Reads a mapping file: header <c>Column,Question,Part,Option</c>; Part is the grid item or the rank (1, 2) or
    /// "other"; Option is set for one-column-per-option exports. A row whose Question is <c>id</c> names the response id column.
    /// </summary>
    public static ResponseCsvMapping Parse(IReadOnlyList<string[]> rows, Survey survey, string fileName, List<ImportIssue> issues)
    {
        string? id = null;
        var bindings = new List<ColumnBinding>();
        if (rows.Count == 0 || rows[0].Length < 2 || !rows[0][0].Trim().Equals("Column", StringComparison.OrdinalIgnoreCase) || !rows[0][1].Trim().Equals("Question", StringComparison.OrdinalIgnoreCase))
        {
            issues.Add(new ImportIssue(fileName, rows.Count == 0 ? 0 : 1, null, "the header must be 'Column,Question,Part,Option'."));
            return new ResponseCsvMapping(null, bindings, []);
        }
        for (var i = 1; i < rows.Count; i++)
        {
            var cells = rows[i];
            string Cell(int c) => c < cells.Length ? cells[c].Trim() : "";
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var (column, questionId, part, option) = (Cell(0), Cell(1), Cell(2), Cell(3));
            if (column.Length == 0)
            {
                issues.Add(new ImportIssue(fileName, i + 1, "Column", "the export's column is not named."));
                continue;
            }
            if (questionId.Equals("id", StringComparison.OrdinalIgnoreCase) && survey.Question("id") is null)
            {
                id = column;
                continue;
            }
            var question = survey.Question(questionId);
            if (question is null)
            {
                issues.Add(new ImportIssue(fileName, i + 1, "Question", $"'{questionId}' is not a question of the survey ({string.Join(", ", survey.Questions.Select(q => q.Id))})."));
                continue;
            }
            if (part.Length > 0 && question.IsGrid && OptionText.IndexOf(question.Items, part) < 0)
            {
                issues.Add(new ImportIssue(fileName, i + 1, "Part", $"'{part}' is not an issue of question '{question.Id}'."));
                continue;
            }
            if (option.Length > 0 && OptionText.IndexOf(question.Choices, option) < 0)
            {
                issues.Add(new ImportIssue(fileName, i + 1, "Option", $"'{option}' is not an option of question '{question.Id}'."));
                continue;
            }
            var key = new AnswerKey(question.Id, part.Length > 0 ? (question.IsGrid ? question.Items[OptionText.IndexOf(question.Items, part)] : part) : null);
            bindings.Add(new ColumnBinding(column, key, option.Length > 0 ? question.Choices[OptionText.IndexOf(question.Choices, option)] : null));
        }
        return new ResponseCsvMapping(id, bindings, []);
    }

    /// <summary>A header as compared: normalised, without a leading question number ("Q3. ", "3) ").</summary>
    internal static string Label(string text) => OptionText.Normalise(QuestionNumber().Replace(OptionText.Normalise(text), ""));

    private static Dictionary<string, (AnswerKey Key, string? Option)> Labels(Survey survey)
    {
        var labels = new Dictionary<string, (AnswerKey, string?)>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        void Add(string label, AnswerKey key, string? option = null, bool overrides = false)
        {
            var l = Label(label);
            if (overrides)
            {
                ambiguous.Remove(l);
                labels[l] = (key, option);
                return;
            }
            if (l.Length == 0 || ambiguous.Contains(l)) return;
            if (labels.TryGetValue(l, out var existing) && existing != (key, option))
            {
                labels.Remove(l);
                ambiguous.Add(l);
                return;
            }
            labels[l] = (key, option);
        }
        IEnumerable<string> Combined(string head, string tail) =>
            [$"{head} - {tail}", $"{head}: {tail}", $"{head} [{tail}]", $"{head}.{tail}", $"{head}[{tail}]", $"{head} ({tail})", $"{head} {tail}"];

        // Whole-question names first, so that a combined label never takes one.
        foreach (var q in survey.Questions)
        {
            if (q.IsGrid) continue;
            Add(q.Id, new AnswerKey(q.Id));
            Add(q.Text, new AnswerKey(q.Id));
        }
        foreach (var q in survey.Questions)
        {
            var heads = new[] { q.Id, q.Text };
            if (q.IsGrid)
            {
                foreach (var item in q.Items)
                {
                    foreach (var head in heads)
                    {
                        foreach (var l in Combined(head, item)) Add(l, new AnswerKey(q.Id, item));
                    }
                }
                continue;
            }
            if (q.Kind == QuestionKind.RankedChoice)
            {
                for (var r = 1; r <= q.Ranks && r <= Ordinals.Length; r++)
                {
                    var key = AnswerKey.Rank(q.Id, r);
                    foreach (var head in heads)
                    {
                        foreach (var tail in new[] { $"{r}", $"{Ordinals[r - 1]} choice", $"{ShortOrdinals[r - 1]} choice", $"rank {r}", $"choice {r}", Ordinals[r - 1], ShortOrdinals[r - 1] })
                        {
                            foreach (var l in Combined(head, tail)) Add(l, key);
                        }
                    }
                }
            }
            if (q.IsTabulated)
            {
                foreach (var option in q.Choices)
                {
                    foreach (var head in heads)
                    {
                        foreach (var l in Combined(head, option)) Add(l, new AnswerKey(q.Id), option);
                    }
                }
            }
            if (q.AllowOther)
            {
                foreach (var head in heads)
                {
                    // "issue[other]" (this product's own export) is the text; "issue - Other" stays the option's tick box.
                    Add($"{head}[{AnswerKey.OtherText}]", new AnswerKey(q.Id, AnswerKey.OtherText), overrides: true);
                    foreach (var tail in new[] { "other (please specify)", "other, please say", "other (please say)", "please specify", "please say", "other - please specify", "other text" })
                    {
                        foreach (var l in Combined(head, tail)) Add(l, new AnswerKey(q.Id, AnswerKey.OtherText));
                    }
                }
            }
        }
        // An item alone names its grid row when no other question has it (Microsoft Forms' Likert columns in some exports).
        foreach (var q in survey.Questions.Where(q => q.IsGrid))
        {
            foreach (var item in q.Items) Add(item, new AnswerKey(q.Id, item));
        }
        return labels;
    }

    [GeneratedRegex(@"^(?:q(?:uestion)?\s*)?\d+(?:\.\d+)*\s*[.):]\s*|^q\d+\s+")]
    private static partial Regex QuestionNumber();
}
