using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Csp.Core.Consultation;
using Csp.Core.Imports;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Consultation;

/// <summary>
/// Reads survey responses exported from another tool (or this product) as CSV, against the survey's definition.
/// Each row is checked as the public form checks a submission (options among those offered, ranked choices distinct,
/// postcodes shaped like one), except that an unanswered required question is kept as no answer: the other tool
/// accepted the response. A row with a bad answer is left out whole and named by file, line and column, with its text.
/// Idempotency: the key is the tool's response id when the export has one (a repeated id in the file is skipped), else
/// "sha256:" and the first 32 hex digits of the row's SHA-256 (with "#2", "#3" for identical rows in the same file),
/// so importing the same file again yields the same keys for the store to ignore.
/// </summary>
internal static class SurveyResponseCsvReader
{
    private static readonly string[] Unticked = ["", "0", "no", "false", "n", "not selected", "unticked", "unchecked"];

    public static SurveyResponseImport Read(Stream stream, string fileName, Survey survey, ResponseCsvMapping? mapping = null, ExportStyle style = ExportStyle.OneHeaderRow)
    {
        var issues = new List<ImportIssue>();
        using var reader = new CsvRecordReader(stream, delimiter: 0);
        var header = ReadHeader(reader, style, fileName, issues);
        if (header is null) return new SurveyResponseImport([], issues, 0, 0, mapping ?? new ResponseCsvMapping(null, [], []));
        mapping ??= ResponseCsvMapping.Infer(survey, header);

        // Resolve the mapping to column positions.
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++) index.TryAdd(header[i], i);
        var bound = new List<(int Index, ColumnBinding Binding)>();
        foreach (var binding in mapping.Bindings)
        {
            if (index.TryGetValue(binding.Column, out var i)) bound.Add((i, binding));
            else issues.Add(new ImportIssue(fileName, 1, binding.Column, $"the mapping names a column '{binding.Column}' that the header does not have."));
        }
        var idIndex = mapping.IdColumn is not null && index.TryGetValue(mapping.IdColumn, out var idi) ? idi : -1;
        if (mapping.IdColumn is not null && idIndex < 0) issues.Add(new ImportIssue(fileName, 1, mapping.IdColumn, $"the mapping names the response id column '{mapping.IdColumn}', which the header does not have; rows are keyed by a hash instead."));
        foreach (var column in mapping.Ignored.Where(c => !ResponseCsvMapping.IsMetadata(c) && c.Length > 0))
        {
            issues.Add(new ImportIssue(fileName, 1, column, "this column matches no question of the survey and is not read (give a mapping file to read it)."));
        }
        if (bound.Count == 0)
        {
            issues.Add(new ImportIssue(fileName, 1, null, $"no column of the header matches a question of '{survey.Title}'; is this the right survey, or does the export need a mapping file?"));
            return new SurveyResponseImport([], issues, 0, 0, mapping);
        }
        var columnOf = new Dictionary<AnswerKey, string>();
        foreach (var (_, binding) in bound) columnOf.TryAdd(binding.Key, binding.Column);

        var responses = new List<SurveyResponse>();
        var seenIds = new Dictionary<string, long>(StringComparer.Ordinal);
        var seenHashes = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = 0;
        var duplicates = 0;
        var chars = new char[1024];
        var values = new string[header.Count];
        while (reader.Read())
        {
            if (reader.FieldCount == 1 && reader.Field(0).IsEmpty) continue;
            rows++;
            var line = reader.LineNumber;
            if (reader.FieldCount != header.Count || reader.EndedInsideQuotes)
            {
                issues.Add(new ImportIssue(fileName, line, null, reader.EndedInsideQuotes
                    ? "the file ends inside a quoted field: the row is incomplete and the file looks truncated."
                    : $"expected {header.Count} fields as in the header, found {reader.FieldCount}.", reader.RawRecord()));
                continue;
            }
            string? badColumn = null;
            for (var i = 0; i < header.Count && badColumn is null; i++)
            {
                var bytes = reader.Field(i);
                if (chars.Length < bytes.Length) chars = new char[bytes.Length * 2];
                if (Utf8Field.TryDecode(bytes, chars, out var n)) values[i] = chars.AsSpan(0, n).Trim().ToString();
                else badColumn = header[i];
            }
            if (badColumn is not null)
            {
                issues.Add(new ImportIssue(fileName, line, badColumn, "the text is not valid UTF-8; the file may be saved as Windows-1252: save it as UTF-8 CSV.", reader.RawRecord()));
                continue;
            }

            var answers = new Dictionary<AnswerKey, string>();
            var rowIssues = new List<ImportIssue>();
            foreach (var (i, binding) in bound)
            {
                var cell = values[i];
                if (cell.Length == 0) continue;
                var question = survey.Question(binding.Key.QuestionId)!;
                if (binding.Option is null)
                {
                    if (question.Kind == QuestionKind.RankedChoice && binding.Key.Part is null)
                    {
                        // Microsoft Forms writes a ranking as "First;Second;Third;" (every option, in order).
                        var ranked = cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                        for (var r = 0; r < ranked.Length && r < question.Ranks; r++) Set(AnswerKey.Rank(question.Id, r + 1), ranked[r], binding.Column);
                    }
                    else Set(binding.Key, cell, binding.Column);
                    continue;
                }
                if (question.Kind == QuestionKind.RankedChoice)
                {
                    if (!int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var rank) || rank < 1)
                    {
                        rowIssues.Add(new ImportIssue(fileName, line, binding.Column, $"'{cell}' is not a rank (1 for first choice, 2 for second)."));
                        continue;
                    }
                    if (rank <= question.Ranks) Set(AnswerKey.Rank(question.Id, rank), binding.Option, binding.Column);
                    continue;
                }
                if (Unticked.Contains(cell.ToLowerInvariant())) continue;
                Set(binding.Key, binding.Option, binding.Column);
            }

            void Set(AnswerKey key, string value, string column)
            {
                if (answers.TryGetValue(key, out var existing) && !OptionText.Same(existing, value))
                {
                    rowIssues.Add(new ImportIssue(fileName, line, column, $"'{value}' and '{existing}' are both given for {Describe(survey, key)}; only one answer is allowed."));
                    return;
                }
                answers[key] = value;
                columnOf.TryAdd(key, column);
            }

            var id = idIndex >= 0 && values[idIndex].Length > 0 ? values[idIndex] : null;
            if (id is not null && seenIds.TryGetValue(id, out var firstLine))
            {
                duplicates++;
                issues.Add(new ImportIssue(fileName, line, header[idIndex], $"response id '{id}' was already read on line {firstLine}; this row is skipped.", reader.RawRecord()));
                continue;
            }
            if (id is null)
            {
                var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', values)))).Substring(0, 32);
                var occurrence = seenHashes[hash] = seenHashes.GetValueOrDefault(hash) + 1;
                id = occurrence == 1 ? $"sha256:{hash}" : $"sha256:{hash}#{occurrence}";
            }
            if (rowIssues.Count > 0)
            {
                foreach (var issue in rowIssues) issues.Add(issue with { Raw = reader.RawRecord() });
                continue;
            }
            var checkedResponse = ResponseValidator.Check(survey, id, answers, enforceRequired: false);
            if (!checkedResponse.IsValid)
            {
                foreach (var error in checkedResponse.Errors)
                {
                    issues.Add(new ImportIssue(fileName, line, columnOf.GetValueOrDefault(error.Key) ?? error.Key.ToString(), error.Message + ".", reader.RawRecord()));
                }
                continue;
            }
            if (idIndex >= 0 && values[idIndex].Length > 0) seenIds[id] = line;
            responses.Add(checkedResponse.Response!);
        }
        return new SurveyResponseImport(responses, issues, rows, duplicates, mapping);
    }

    private static string Describe(Survey survey, AnswerKey key)
    {
        var question = survey.Question(key.QuestionId);
        return key.Part is null ? $"'{question?.Text ?? key.QuestionId}'" : $"'{question?.Text ?? key.QuestionId}' ({key.Part})";
    }

    private static List<string>? ReadHeader(CsvRecordReader reader, ExportStyle style, string fileName, List<ImportIssue> issues)
    {
        if (!reader.Read())
        {
            issues.Add(new ImportIssue(fileName, 0, null, "the file is empty: there is no header row and no responses."));
            return null;
        }
        var prefix = reader.Prefix;
        if (prefix.Length >= 2 && ((prefix[0] == 0xFF && prefix[1] == 0xFE) || (prefix[0] == 0xFE && prefix[1] == 0xFF)))
        {
            issues.Add(new ImportIssue(fileName, 1, null, "the file is UTF-16 encoded; save it as UTF-8 CSV and import it again."));
            return null;
        }
        if (prefix.Contains((byte)0))
        {
            issues.Add(new ImportIssue(fileName, 0, null, "this is not a CSV file (it contains binary data); expected a survey export."));
            return null;
        }
        var first = Enumerable.Range(0, reader.FieldCount).Select(i => Encoding.UTF8.GetString(reader.Field(i)).Trim()).ToList();
        if (style == ExportStyle.OneHeaderRow) return first;
        if (!reader.Read())
        {
            issues.Add(new ImportIssue(fileName, 1, null, "the export should have two header rows (question, then item or option); it has one."));
            return null;
        }
        var second = Enumerable.Range(0, reader.FieldCount).Select(i => Encoding.UTF8.GetString(reader.Field(i)).Trim()).ToList();
        var combined = new List<string>();
        var carried = "";
        for (var i = 0; i < Math.Max(first.Count, second.Count); i++)
        {
            var top = i < first.Count ? first[i] : "";
            if (top.Length > 0) carried = top;
            var sub = i < second.Count ? second[i] : "";
            var plain = sub.Length == 0 || sub.Equals("Response", StringComparison.OrdinalIgnoreCase) || sub.Equals("Open-Ended Response", StringComparison.OrdinalIgnoreCase);
            combined.Add(plain ? carried : top.Length > 0 && sub.Length == 0 ? top : $"{carried} - {sub}");
        }
        return combined;
    }
}
