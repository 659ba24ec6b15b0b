using System.Globalization;
using Csp.Core.Reports;

namespace Csp.Core.Consultation;

/// <summary>
/// A survey's results as a report (<c>csp report survey</c>, the results page's download): each question's table in the
/// seeds' shape (T7, T8 "n (%)" per option for a grid; T10, T11, T12 n and % of those who answered, the base stated, %
/// first and second choice for a ranked question, no answer counted apart), the weighted table beside each raw one and
/// labelled, the free-text themes (counts only: a comment's words are never printed, they may name someone), the sample
/// against the population with a chi-square goodness-of-fit test per characteristic (T9), and the community concern the
/// survey gives priority scoring. Never a postcode: postcodes are not among the answers tabulated.
/// <para>
/// Small numbers: opinions (how much of a problem, which priority) identify no one and are printed as the seeds print them.
/// The demographic tables (age band, sex, ethnicity) describe people: in a public report a count from 1 to
/// <see cref="Classification.SuppressBelow"/> minus one is withheld with its percentage, and a second cell when one alone
/// would be given away by the base (<see cref="PublicCount.Parts"/>), as the other public outputs drawn from people do; the
/// weighted figure of a withheld cell is withheld too, and the test's verdict names no group.
/// </para>
/// </summary>
public static class SurveyResultsReport
{
    public const string Kind = "survey";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="themes">Each free-text question's (or "other, please say" text's) question and theme counts.</param>
    /// <param name="populationIssues">Why a characteristic could not be compared (printed as notes).</param>
    /// <param name="demo">The bundled sample: its responses are reconstructed, not real, and the report says so.</param>
    public static ReportDocument Build(Survey survey, SurveyResults results, IReadOnlyList<(string Question, ThemeResults Themes)> themes,
        IReadOnlyList<CharacteristicComparison> representativeness, RakingResult? weights, IReadOnlyList<string> populationIssues,
        IReadOnlyList<CommunityConcernScore> concern, bool demo, Classification classification, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(representativeness);
        ArgumentNullException.ThrowIfNull(classification);
        var suppressBelow = classification.IsPublic ? classification.SuppressBelow : 0;
        var title = $"Consultation results: {survey.Title}";
        var dates = $"{survey.Opens.ToString("d MMMM yyyy", EnGb)} to {survey.Closes.ToString("d MMMM yyyy", EnGb)}";
        List<CoverField> cover =
        [
            new("Survey", survey.Title),
            new("Open", dates),
            new("Responses", results.Responses.ToString("N0", EnGb)),
            new("Date", date.ToString("d MMMM yyyy", EnGb)),
        ];
        List<ReportBlock> summary =
        [
            new ParagraphBlock($"{results.Responses.ToString("N0", EnGb)} responses to '{survey.Title}', open {dates}. Each table gives the number choosing each answer and its percentage " +
                "of those who answered that question (the base is stated); \"Don't know\" is an answer and is kept; those who did not answer are counted apart and are in no percentage."),
        ];
        if (demo)
        {
            summary.Add(new NoteBlock("Reconstructed sample: the individual responses of this survey are not real. They were rebuilt so that every table reproduces the counts " +
                "seed 001 (the Dartford and Gravesham Community Safety Plan 2013-14) publishes; the combinations of answers across questions are arbitrary, and the comments are invented " +
                "in the seed's words (data/sample/consultation/README.md).", NoteKind.Warning));
        }
        if (results.Weighted.Count > 0 && results.WeightingNote is { } note)
        {
            summary.Add(new NoteBlock($"Beside each table is the same table weighted to the area's population, labelled \"weighted\". {note}"));
        }

        var sections = new List<ReportSection>();
        var n = 0;
        string Next() => (++n).ToString(CultureInfo.InvariantCulture);
        var tableNumber = 0;
        var indexOf = results.Tables.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        foreach (var question in survey.Questions.Where(q => q.IsTabulated))
        {
            var raw = results.Tables.Where(t => string.Equals(t.QuestionId, question.Id, StringComparison.OrdinalIgnoreCase)).ToList();
            if (raw.Count == 0) continue;
            var weighted = results.Weighted.Count > 0 ? raw.Select(t => results.Weighted[indexOf[t]]).ToList() : null;
            var demographic = question.Kind is QuestionKind.AgeBand or QuestionKind.Sex or QuestionKind.Ethnicity;
            var blocks = new List<ReportBlock>();
            var id = $"Q{++tableNumber}";
            if (question.IsGrid)
            {
                blocks.Add(new TableBlock(GridTable(id, question.Text, raw, weighted: false)));
                if (weighted is not null) blocks.Add(new TableBlock(GridTable(id + "w", question.Text, weighted, weighted: true)));
            }
            else
            {
                var table = raw[0];
                var withheld = demographic && suppressBelow > 1
                    ? PublicCount.Parts(table.Options.Select(o => (long)Math.Round(o.Count)).ToList(), (long)Math.Round(table.Answered), suppressBelow).Select(c => c.Withheld).ToList()
                    : table.Options.Select(_ => false).ToList();
                blocks.Add(new TableBlock(ChoiceTable(id, question.Text, table, withheld, suppressBelow)));
                if (weighted is not null) blocks.Add(new TableBlock(ChoiceTable(id + "w", question.Text, weighted[0], withheld, suppressBelow)));
            }
            sections.Add(new ReportSection(Next(), question.Text, blocks));
        }

        foreach (var (question, coded) in themes)
        {
            var rows = coded.Themes.Select(t => new TableRow([TableCell.Of(t.Theme), TableCell.Of(t.Comments), TableCell.Of(coded.Comments > 0 ? t.Percent : null)])).ToList();
            rows.Add(new TableRow([TableCell.Of("In no theme"), TableCell.Of(coded.Unthemed), TableCell.Of(coded.Comments > 0 ? 100.0 * coded.Unthemed / coded.Comments : null)], RowStyle.Group));
            var top = coded.Top(3).Select(t => t.Theme).ToList();
            var blocks = new List<ReportBlock>
            {
                new ParagraphBlock(coded.Comments == 0 ? "No comments were given." :
                    $"{coded.Comments.ToString("N0", EnGb)} comments, grouped into the analyst's themes by keyword (an analyst may move a comment to another theme); a comment can be in several themes, so the percentages can add to more than 100." +
                    (top.Count > 0 ? $" The most mentioned: {string.Join(", ", top)}." : "")),
                new TableBlock(new ReportTable($"T{++tableNumber}", $"Comments by theme: {question}", [new("Theme", CellFormat.Text), new("Comments", CellFormat.Count), new("% of comments", CellFormat.Percent)],
                    rows, ["The comments themselves are not published."])),
            };
            sections.Add(new ReportSection(Next(), $"{question} (themes)", blocks));
        }

        if (representativeness.Count > 0 || populationIssues.Count > 0)
        {
            var blocks = new List<ReportBlock>
            {
                new ParagraphBlock("How the respondents compare with the residents of the survey's area, on each characteristic asked, with a chi-square goodness-of-fit test " +
                    "(groups expected to hold fewer than 5 respondents are pooled for the test; a p-value under 0.05 means the sample differs from the population by more than chance)."),
            };
            var tests = new List<TableRow>();
            foreach (var c in representativeness)
            {
                var withheld = suppressBelow > 1
                    ? PublicCount.Parts(c.Groups.Select(g => (long)Math.Round(g.Sample)).ToList(), (long)Math.Round(c.Compared), suppressBelow).Select(x => x.Withheld).ToList()
                    : c.Groups.Select(_ => false).ToList();
                var rows = c.Groups.Select((g, i) => new TableRow(
                [
                    TableCell.Of(g.Group), withheld[i] ? TableCell.Withheld : TableCell.Of(g.Sample), withheld[i] ? TableCell.Withheld : TableCell.Of(g.SamplePercent),
                    TableCell.Of(g.Residents), TableCell.Of(g.PopulationPercent), TableCell.Of(g.Expected),
                ])).ToList();
                var notes = new List<string> { $"Respondents compared: {c.Compared.ToString("N0", EnGb)}; no answer {c.NoAnswer.ToString("N0", EnGb)}; an answer with no population group (e.g. prefer not to say) {c.NotCompared.ToString("N0", EnGb)}." };
                if (c.PooledGroups.Count > 0) notes.Add($"Pooled for the test: {string.Join(", ", c.PooledGroups)}.");
                if (withheld.Any(w => w)) notes.Add(SuppressionNote(suppressBelow));
                blocks.Add(new TableBlock(new ReportTable($"R{++tableNumber}", $"{c.Characteristic}: respondents against residents ({c.Source})",
                    [new("Group", CellFormat.Text), new("Respondents", CellFormat.Count), new("% of respondents", CellFormat.Percent), new("Residents", CellFormat.Count),
                        new("% of residents", CellFormat.Percent), new("Expected respondents", CellFormat.Decimal1)], rows, notes)));
                tests.Add(new TableRow(
                [
                    TableCell.Of(c.Characteristic), TableCell.Of(c.Test?.Statistic), TableCell.Of(c.Test?.DegreesOfFreedom), TableCell.Of(c.Test?.PValue),
                    TableCell.Of(c.Test is null ? "not tested: too few groups" : c.Test.Significant ? "differs from the population" : "no significant difference"),
                ]));
            }
            if (tests.Count > 0)
            {
                blocks.Add(new TableBlock(new ReportTable($"R{++tableNumber}", "Goodness of fit: the sample against the population (chi-square test)",
                    [new("Characteristic", CellFormat.Text), new("Chi-square", CellFormat.Decimal1), new("Degrees of freedom", CellFormat.Count), new("p-value", CellFormat.PValue), new("Verdict", CellFormat.Text)],
                    tests, ["Each characteristic is tested on its own, on the respondents who answered it."])));
            }
            if (weights is not null && results.WeightingNote is { } weighting) blocks.Add(new NoteBlock(weighting));
            foreach (var issue in populationIssues) blocks.Add(new NoteBlock(issue, NoteKind.Warning));
            sections.Add(new ReportSection(Next(), "The sample against the population", blocks));
        }

        if (concern.Count > 0)
        {
            var rows = concern.Select(s => new TableRow([TableCell.Of(s.Category), TableCell.Of(s.Issue), TableCell.Of(s.Measure), TableCell.Of(s.SharePercent), TableCell.Of(s.Answered), TableCell.Of(s.Score)])).ToList();
            sections.Add(new ReportSection(Next(), "Community concern for priority setting",
            [
                new ParagraphBlock("Each candidate priority's community concern on priority scoring's 0 to 5 scale: five times the share of those who answered who rated the issue High, " +
                    "chose it first, or called it a problem. It replaces the hand-entered value in the assessment of the survey's area."),
                new TableBlock(new ReportTable($"C{++tableNumber}", "Community concern from the survey",
                    [new("Priority", CellFormat.Text), new("Survey issue", CellFormat.Text), new("Measure", CellFormat.Text), new("Share", CellFormat.Percent), new("Answered", CellFormat.Count), new("Score (0 to 5)", CellFormat.Rate)],
                    rows, [])),
            ]));
        }

        List<DataSource> sources =
        [
            new($"Responses to '{survey.Title}'", dates, demo ? "Reconstructed from the counts seed 001 publishes: not real responses" : "The partnership's own consultation",
                ["Responses from the public form and from other survey tools' exports; the individual responses and postcodes are not published."]),
        ];
        foreach (var source in representativeness.Select(c => c.Source).Distinct(StringComparer.Ordinal))
        {
            sources.Add(new DataSource(source, "The survey's area (its districts)", "Open Government Licence v3.0", []));
        }
        return new ReportDocument(Kind, title, demo ? "Reconstructed sample (not real responses)" : null, classification, cover, summary, sections, sources);
    }

    /// <summary>A grid (T7, T8): one row per issue, "n (%)" per answer as the seed prints it, then the base and no answer.</summary>
    private static ReportTable GridTable(string id, string question, IReadOnlyList<QuestionTable> items, bool weighted)
    {
        var options = items[0].Options.Select(o => o.Option).ToList();
        List<TableColumn> columns = [new("Issue", CellFormat.Text), .. options.Select(o => new TableColumn(o, CellFormat.Text)), new("Answered", weighted ? CellFormat.Decimal1 : CellFormat.Count),
            new("No answer", weighted ? CellFormat.Decimal1 : CellFormat.Count)];
        var rows = items.Select(t => new TableRow(
        [
            TableCell.Of(t.Item ?? ""), .. t.Options.Select(o => TableCell.Of(Cell(o, weighted))), TableCell.Of(t.Answered), TableCell.Of(t.NoAnswer),
        ])).ToList();
        var caption = weighted ? $"{question} (weighted to the population)" : question;
        var responses = weighted ? items[0].Responses.ToString("N1", EnGb) : items[0].Responses.ToString("N0", EnGb);
        return new ReportTable(id, caption, columns, rows,
            [$"n (%): respondents choosing the answer, and % of those who answered that issue (of {responses} responses{(weighted ? ", weighted" : "")}); no answer is in no percentage."]);
    }

    /// <summary>A single answer (T10, T11) or ranked choice (T12): n and % per option, the base in the caption, no answer as a row apart.</summary>
    private static ReportTable ChoiceTable(string id, string question, QuestionTable table, IReadOnlyList<bool> withheld, int suppressBelow)
    {
        var ranked = table.Kind == QuestionKind.RankedChoice;
        var count = table.Weighted ? CellFormat.Decimal1 : CellFormat.Count;
        List<TableColumn> columns = [new("Answer", CellFormat.Text), new(ranked ? "n (any choice)" : "n", count), new("%", CellFormat.Percent)];
        if (ranked) columns.AddRange([new("% first choice", CellFormat.Percent), new("% second choice", CellFormat.Percent)]);
        var rows = new List<TableRow>();
        for (var i = 0; i < table.Options.Count; i++)
        {
            var o = table.Options[i];
            List<TableCell> cells = withheld[i]
                ? [TableCell.Of(o.Option), TableCell.Withheld, TableCell.Withheld]
                : [TableCell.Of(o.Option), TableCell.Of(o.Count), TableCell.Of(o.Percent)];
            if (ranked) cells.AddRange([TableCell.Of(o.FirstChoicePercent), TableCell.Of(o.SecondChoicePercent)]);
            rows.Add(new TableRow(cells));
        }
        List<TableCell> none = [TableCell.Of("No answer"), TableCell.Of(table.NoAnswer), TableCell.Of("not in the base")];
        if (ranked) none.AddRange([TableCell.Empty, TableCell.Empty]);
        rows.Add(new TableRow(none, RowStyle.Group));
        // The weighted base says "weighted" itself ("407.3 of 420.0 answered (weighted)"): the caption says it once.
        var caption = table.Weighted
            ? string.Create(EnGb, $"{question} (weighted to the population: {table.Answered:N1} of {table.Responses:N1} answered)")
            : $"{question} ({table.Base})";
        var notes = new List<string> { "%: of those who answered the question; no answer is counted apart." };
        if (ranked) notes.Add("n counts a respondent who chose the answer at any rank; % first and % second choice are of those who answered.");
        if (withheld.Any(w => w)) notes.Add(SuppressionNote(suppressBelow));
        return new ReportTable(id, caption, columns, rows, notes);
    }

    private static string Cell(OptionCount o, bool weighted)
    {
        var count = weighted ? o.Count.ToString("N1", EnGb) : o.Count.ToString("N0", EnGb);
        return o.Percent is { } p ? string.Create(EnGb, $"{count} ({p:0.0}%)") : count;
    }

    private static string SuppressionNote(int suppressBelow) =>
        $"{CellText.SuppressedMark} Fewer than {suppressBelow} respondents (or a figure that would reveal such a count): withheld in a public report, as these tables describe people.";
}
