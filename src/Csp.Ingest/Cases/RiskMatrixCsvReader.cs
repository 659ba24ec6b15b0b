using System.Globalization;
using Csp.Core.Cases.RiskMatrix;
using Csp.Core.Imports;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Cases;

/// <summary>
/// Reads a risk assessment matrix from CSV <c>record,question,text,score,level,days</c> (the format of
/// data/config/risk-matrix.csv, documented in data/config/README.md). One row per record:
/// <list type="bullet">
/// <item><c>question,ID,text</c>: a question; its id is what assessments keep.</item>
/// <item><c>answer,ID,text,score[,level]</c>: an answer to question ID (declared above it), its points (a whole number,
/// 0 or more), and optionally a level the answer alone raises the risk to.</item>
/// <item><c>level,,,score,level,days</c>: the lowest score of a level (standard 0) and the calendar days to its reassessment.</item>
/// <item><c>action,,text,,level,days</c>: an action the level requires, within <c>days</c> working days (blank: no deadline).</item>
/// </list>
/// Every problem is an issue with file, line and field, and a matrix with any problem is not returned (null): a
/// partnership's risk levels must never come from half a file.
/// </summary>
public static class RiskMatrixCsvReader
{
    private static readonly string[] Required = ["record", "question", "text", "score", "level", "days"];

    public static (RiskAssessmentMatrix? Matrix, IReadOnlyList<ImportIssue> Issues) Read(Stream stream, string fileName)
    {
        using var csv = new CsvInput(stream, fileName);
        if (!csv.ReadHeader(Required, "a risk matrix (record,question,text,score,level,days)")) return (null, [csv.FileError!]);
        var columns = Required.Select(csv.Column).ToArray();
        var questions = new List<(string Id, string Text, long Line, List<RiskAnswer> Answers)>();
        var levels = new Dictionary<RiskLevel, (RiskLevelRule Rule, long Line)>();
        var actions = new List<RiskAction>();
        while (csv.ReadRow())
        {
            var cells = new string[Required.Length];
            var readable = true;
            for (var i = 0; i < cells.Length && readable; i++) readable = csv.TryText(columns[i], Required[i], null, out cells[i]);
            if (!readable) continue;
            var (record, id, text, score, level, days) = (cells[0].ToLowerInvariant(), cells[1], cells[2], cells[3], cells[4], cells[5]);
            switch (record)
            {
                case "question":
                    if (id.Length == 0) csv.Quarantine("question", "a question needs an id (e.g. Q1) in the question column.");
                    else if (questions.Any(q => q.Id.Equals(id, StringComparison.OrdinalIgnoreCase)))
                        csv.Quarantine("question", $"question {id} is declared twice (first on line {questions.First(q => q.Id.Equals(id, StringComparison.OrdinalIgnoreCase)).Line}).");
                    else if (text.Length == 0) csv.Quarantine("text", $"question {id} has no text.");
                    else questions.Add((id, text, csv.Line, []));
                    break;
                case "answer":
                    var index = questions.FindIndex(q => q.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
                    if (index < 0) csv.Quarantine("question", id.Length == 0 ? "an answer must name its question." : $"question {id} is not declared above this answer.");
                    else if (text.Length == 0) csv.Quarantine("text", $"an answer to {id} has no text.");
                    else if (questions[index].Answers.Any(a => a.Text.Equals(text, StringComparison.OrdinalIgnoreCase))) csv.Quarantine("text", $"question {id} already has the answer '{text}'.");
                    else if (TryWhole(csv, "score", score, required: true, out var points) && TryLevel(csv, level, required: false, out var floor))
                        questions[index].Answers.Add(new RiskAnswer(text, points!.Value, floor));
                    break;
                case "level":
                    if (TryLevel(csv, level, required: true, out var which) && TryWhole(csv, "score", score, required: true, out var from) && TryWhole(csv, "days", days, required: true, out var interval))
                    {
                        if (levels.TryGetValue(which!.Value, out var earlier)) csv.Quarantine("level", $"the {Word(which.Value)} level is given twice (first on line {earlier.Line}).");
                        else if (interval == 0) csv.Quarantine("days", "the reassessment interval must be at least 1 day.");
                        else levels[which.Value] = (new RiskLevelRule(which.Value, from!.Value, interval!.Value), csv.Line);
                    }
                    break;
                case "action":
                    if (text.Length == 0) csv.Quarantine("text", "an action has no text.");
                    else if (TryLevel(csv, level, required: true, out var at) && TryWhole(csv, "days", days, required: false, out var within))
                        actions.Add(new RiskAction(at!.Value, text, within));
                    break;
                default:
                    csv.Quarantine("record", $"'{cells[0]}' is not a record type: use question, answer, level or action.");
                    break;
            }
        }
        var issues = csv.Issues.ToList();
        foreach (var q in questions.Where(q => q.Answers.Count < 2))
            issues.Add(new ImportIssue(fileName, q.Line, "question", $"question {q.Id} has {q.Answers.Count} answer{(q.Answers.Count == 1 ? "" : "s")}; it needs at least two."));
        foreach (var missing in Enum.GetValues<RiskLevel>().Where(l => !levels.ContainsKey(l)))
            issues.Add(new ImportIssue(fileName, 0, "level", $"there is no 'level' row for {Word(missing)} risk."));
        if (questions.Count == 0) issues.Add(new ImportIssue(fileName, 0, "record", "the matrix has no questions."));
        if (levels.Count == 3)
        {
            var (standard, medium, high) = (levels[RiskLevel.Standard], levels[RiskLevel.Medium], levels[RiskLevel.High]);
            var max = questions.Sum(q => q.Answers.Count == 0 ? 0 : q.Answers.Max(a => a.Score));
            if (standard.Rule.FromScore != 0) issues.Add(new ImportIssue(fileName, standard.Line, "score", $"standard risk must start at 0, not {standard.Rule.FromScore}."));
            if (medium.Rule.FromScore <= standard.Rule.FromScore || medium.Rule.FromScore == 0)
                issues.Add(new ImportIssue(fileName, medium.Line, "score", $"medium risk must start above standard (at 1 or more), not at {medium.Rule.FromScore}."));
            if (high.Rule.FromScore <= medium.Rule.FromScore)
                issues.Add(new ImportIssue(fileName, high.Line, "score", $"high risk must start above medium ({medium.Rule.FromScore}), not at {high.Rule.FromScore}."));
            else if (high.Rule.FromScore > max && questions.Count > 0)
                issues.Add(new ImportIssue(fileName, high.Line, "score", $"high risk starts at {high.Rule.FromScore} but the most the answers can score is {max}: no assessment could reach it by its score."));
        }
        if (issues.Count > 0) return (null, issues);
        var matrix = new RiskAssessmentMatrix(
            questions.Select(q => new RiskQuestion(q.Id, q.Text, q.Answers)).ToList(),
            levels.Values.Select(l => l.Rule).ToList(),
            actions);
        return (matrix, issues);
    }

    private static bool TryWhole(CsvInput csv, string field, string text, bool required, out int? value)
    {
        value = null;
        if (text.Length == 0)
        {
            if (!required) return true;
            csv.Quarantine(field, $"the {field} is empty; expected a whole number, 0 or more.");
            return false;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            value = n;
            return true;
        }
        csv.Quarantine(field, $"'{text}' is not a whole number, 0 or more.");
        return false;
    }

    private static bool TryLevel(CsvInput csv, string text, bool required, out RiskLevel? level)
    {
        level = null;
        if (text.Length == 0)
        {
            if (!required) return true;
            csv.Quarantine("level", "the level is empty; expected standard, medium or high.");
            return false;
        }
        if (Enum.TryParse<RiskLevel>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            level = parsed;
            return true;
        }
        csv.Quarantine("level", $"'{text}' is not a level: use standard, medium or high.");
        return false;
    }

    private static string Word(RiskLevel level) => level.ToString().ToLowerInvariant();
}
