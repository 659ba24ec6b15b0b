using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Csp.Core.Consultation;
using Csp.Core.Imports;
using Csp.Workbench.Audit;
using Csp.Workbench.Consultation;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Csp.Cli.Commands;

/// <summary>
/// The public consultation on the command line: <c>csp import survey</c> and <c>csp import responses</c> (added to the
/// import command), <c>csp survey list</c> and <c>csp survey results</c>.
/// </summary>
internal static class SurveyCommand
{
    public static Command Create(Option<string?> database)
    {
        var survey = new Command("survey", "The public consultation: the surveys held and their results (the seeds' tables, free-text themes, representativeness, community concern).");
        survey.Subcommands.Add(List(database));
        survey.Subcommands.Add(Results(database));
        return survey;
    }

    private static Command List(Option<string?> database)
    {
        var format = FormatOption.Create("table", "json");
        var command = new Command("list", "The surveys held: id, title, responses, open and close dates.") { format };
        command.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var surveys = await useCases.GetRequiredService<Surveys>().ListAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(surveys.Select(s => new { id = s.Id, title = s.Title, responses = s.Responses, opens = s.Opens, closes = s.Closes, area = s.AreaCode, demo = s.Demo }), CliEnvironment.Json));
                return ExitCodes.Success;
            }
            if (surveys.Count == 0)
            {
                Output.Console.MarkupLine("No surveys yet: ./csp import survey DEFINITION.json adds one (./csp import sample loads seed 001's).");
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Simple).AddColumns("Id", "Title", "Responses", "Opens", "Closes", "Area");
            table.Columns[2].RightAligned();
            foreach (var s in surveys)
            {
                table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Title + (s.Demo ? " (sample: reconstructed responses)" : "")), s.Responses.ToString("N0", Output.Culture),
                    s.Opens.ToString("d MMM yyyy", Output.Culture), s.Closes.ToString("d MMM yyyy", Output.Culture), s.AreaCode ?? "-");
            }
            Output.Console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Results(Option<string?> database)
    {
        var id = new Option<string>("--survey") { Description = "The survey's id (./csp survey list).", Required = true };
        var format = FormatOption.Create("table", "json", "csv");
        var population = new Option<string?>("--population") { Description = "A folder laid out as data/sample/consultation/population (ONS estimates, census ethnic groups, age bands, option groups); default that folder." };
        var command = new Command("results", "A survey's tables as the seeds print them: n (%) per option of those who answered, the base, no answer apart; ranked first and second choice; free-text themes; the sample against the ONS population with raking weights; community concern.")
            { id, format, population };
        command.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var surveys = useCases.GetRequiredService<Surveys>();
            var report = await surveys.ResultsAsync(parse.GetValue(id)!, parse.GetValue(population), ct).ConfigureAwait(false);
            if (report is null)
            {
                var held = await surveys.ListAsync(ct).ConfigureAwait(false);
                Console.Error.WriteLine($"error: there is no survey '{parse.GetValue(id)}'" + (held.Count > 0 ? $" (held: {string.Join(", ", held.Select(s => s.Id))})." : " (./csp import survey DEFINITION.json adds one)."));
                return ExitCodes.InputRejected;
            }
            foreach (var issue in report.PopulationIssues) Console.Error.WriteLine("warning: " + issue);
            switch (parse.GetValue(format))
            {
                case "json":
                    Console.Out.WriteLine(JsonSerializer.Serialize(SurveyResultsContract.Of(report), CliEnvironment.Json));
                    break;
                case "csv":
                    Console.Out.Write(Csv(report));
                    break;
                default:
                    Print(report);
                    break;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>csp import survey DEFINITION.json [--area A] [--themes QUESTION=FILE ...] [--concern FILE] [--concern-question Q] [--postcode-retention-days N]</c>.</summary>
    public static Command ImportSurvey(Option<string?> database)
    {
        var path = new Argument<string>("DEFINITION") { Description = "The survey definition (JSON; see README, \"The public consultation\")." };
        var area = new Option<string?>("--area") { Description = "The area the survey is of (ONS code or name): its community concern feeds that area's priorities; its districts' population is the base of representativeness." };
        var themes = new Option<string[]>("--themes") { Description = "QUESTION=FILE: a theme list (Theme,Keywords; keywords separated by ';') for a free-text question. Repeat for each.", AllowMultipleArgumentsPerToken = false };
        var concern = new Option<string?>("--concern") { Description = "A CSV Issue,Category: which survey issue speaks for which candidate priority (police.uk crime type or ASB)." };
        var concernQuestion = new Option<string?>("--concern-question") { Description = "The question that gives community concern (default: the first priority grid, else ranked choice, else single choice)." };
        var retention = new Option<int?>("--postcode-retention-days") { Description = "Days a respondent's postcode is kept after the response is received (default 365)." };
        var format = FormatOption.Create("table", "json");
        var command = new Command("survey", "A consultation survey definition (JSON), with its free-text theme lists and community-concern mapping. Importing it again updates it (its questions cannot change once it has responses).")
            { path, area, themes, concern, concernQuestion, retention, format };
        command.SetAction(async (parse, ct) =>
        {
            var themeFiles = new List<(string, string)>();
            foreach (var given in parse.GetValue(themes) ?? [])
            {
                var eq = given.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0 || eq == given.Length - 1)
                {
                    Console.Error.WriteLine($"error: --themes '{given}' is not QUESTION=FILE.");
                    return ExitCodes.Error;
                }
                themeFiles.Add((given[..eq], given[(eq + 1)..]));
            }
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var outcome = await useCases.GetRequiredService<Surveys>().ImportSurveyAsync(
                new SurveyDefinitionFiles(parse.GetValue(path)!, parse.GetValue(area), themeFiles, parse.GetValue(concern), parse.GetValue(concernQuestion), parse.GetValue(retention)),
                new Actor(Environment.UserName, null), ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json") Console.Out.WriteLine(JsonSerializer.Serialize(outcome, CliEnvironment.Json));
            else Print(outcome);
            return outcome.Outcome == FileOutcome.Rejected ? ExitCodes.InputRejected : ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>csp import responses FILE --survey ID [--mapping FILE] [--two-header-rows]</c>.</summary>
    public static Command ImportResponses(Option<string?> database)
    {
        var paths = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "CSV exports of responses (this product, SmartSurvey, Microsoft Forms, Citizen Space)." };
        var id = new Option<string>("--survey") { Description = "The survey the responses answer (./csp survey list).", Required = true };
        var mapping = new Option<string?>("--mapping") { Description = "A CSV Column,Question,Part,Option saying what each column of the export holds (default: matched from the header)." };
        var twoRows = new Option<bool>("--two-header-rows") { Description = "SmartSurvey's export: the question over its columns on the first row, the option or item on the second." };
        var format = FormatOption.Create("table", "json");
        var command = new Command("responses", "Survey responses exported from another tool (CSV), checked against the survey: bad rows are kept with line and column, the good ones land; idempotent.")
            { paths, id, mapping, twoRows, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct).ConfigureAwait(false);
            var surveys = useCases.GetRequiredService<Surveys>();
            var reports = new List<FileImportReport>();
            foreach (var file in parse.GetValue(paths)!)
            {
                reports.Add(await surveys.ImportResponsesAsync(parse.GetValue(id)!, file, parse.GetValue(mapping), parse.GetValue(twoRows), new Actor(Environment.UserName, null), ct).ConfigureAwait(false));
            }
            if (parse.GetValue(format) == "json") Console.Out.WriteLine(JsonSerializer.Serialize(new { files = reports }, CliEnvironment.Json));
            else foreach (var r in reports) ImportCommand.Print(r);
            return reports.Any(r => r.Outcome == FileOutcome.Rejected) ? ExitCodes.InputRejected : ExitCodes.Success;
        });
        return command;
    }

    public static void Print(SurveyImportOutcome outcome)
    {
        var colour = outcome.Outcome switch { FileOutcome.Rejected => "red", FileOutcome.Unchanged => "grey", FileOutcome.Replaced => "yellow", _ => "green" };
        Output.Console.MarkupLine($"[{colour}]{outcome.Outcome,-9}[/] {Markup.Escape(outcome.File)}" + (outcome.SurveyId is { } s ? $": survey {Markup.Escape(s)}" : ""));
        foreach (var issue in outcome.Issues) Output.Console.MarkupLine($"  [red]{Markup.Escape(issue.ToString())}[/]");
        foreach (var issue in outcome.Warnings) Output.Console.MarkupLine($"  [yellow]warning: {Markup.Escape(issue.ToString())}[/]");
    }

    private static string Cell(OptionCount o) => o.Percent is { } p
        ? string.Create(Output.Culture, $"{o.Count:N0} ({p:0.0}%)")
        : o.Count.ToString("N0", Output.Culture);

    private static string Percent(double? p) => p is { } v ? v.ToString("0.0", Output.Culture) + "%" : "-";

    private static void Print(SurveyReport report)
    {
        var c = Output.Console;
        var culture = Output.Culture;
        c.MarkupLine($"[bold]{Markup.Escape(report.Survey.Title)}[/] ({Markup.Escape(report.Survey.Id)}): {report.Survey.Responses.ToString("N0", culture)} responses, " +
            $"open {report.Survey.Opens.ToString("d MMMM yyyy", culture)} to {report.Survey.Closes.ToString("d MMMM yyyy", culture)}");
        if (report.Survey.Demo) c.MarkupLine("[yellow]Sample data: the responses are reconstructed so that the tables are seed 001's published counts; they are not real responses.[/]");
        c.MarkupLine("Percentages are of those who answered the question; no answer is counted apart.");
        var weighted = report.Results.Weighted;
        foreach (var group in report.Results.Tables.Select((t, i) => (Table: t, Index: i)).GroupBy(x => x.Table.QuestionId))
        {
            var first = group.First().Table;
            c.WriteLine();
            c.MarkupLine($"[bold]{Markup.Escape(first.Question)}[/] [grey]({Markup.Escape(first.QuestionId)})[/]");
            if (first.Item is not null)
            {
                var grid = new Table().Border(TableBorder.Simple).AddColumn("Issue");
                foreach (var option in first.Options) grid.AddColumn(new TableColumn(Markup.Escape(option.Option)).RightAligned());
                grid.AddColumn(new TableColumn("Answered").RightAligned()).AddColumn(new TableColumn("No answer").RightAligned());
                if (weighted.Count > 0) grid.AddColumn(new TableColumn($"Weighted % {Markup.Escape(first.Options[0].Option)}").RightAligned());
                foreach (var (t, i) in group)
                {
                    var cells = new List<string> { Markup.Escape(t.Item!) };
                    cells.AddRange(t.Options.Select(Cell));
                    cells.Add(t.Answered.ToString("N0", culture));
                    cells.Add(t.NoAnswer.ToString("N0", culture));
                    if (weighted.Count > 0) cells.Add(Percent(weighted[i].Options[0].Percent));
                    grid.AddRow(cells.ToArray());
                }
                c.Write(grid);
                continue;
            }
            var (table, index) = (first, group.First().Index);
            var ranked = table.Kind == QuestionKind.RankedChoice;
            var single = new Table().Border(TableBorder.Simple).AddColumn("Answer").AddColumn(new TableColumn("n (%)").RightAligned());
            if (ranked) single.AddColumn(new TableColumn("% first choice").RightAligned()).AddColumn(new TableColumn("% second choice").RightAligned());
            if (weighted.Count > 0) single.AddColumn(new TableColumn("Weighted %").RightAligned());
            for (var o = 0; o < table.Options.Count; o++)
            {
                var option = table.Options[o];
                var cells = new List<string> { Markup.Escape(option.Option), Cell(option) };
                if (ranked) cells.AddRange([Percent(option.FirstChoicePercent), Percent(option.SecondChoicePercent)]);
                if (weighted.Count > 0) cells.Add(Percent(weighted[index].Options[o].Percent));
                single.AddRow(cells.ToArray());
            }
            c.Write(single);
            c.MarkupLine(Markup.Escape($"  {table.Base}; no answer {table.NoAnswer.ToString("N0", culture)}"));
        }
        if (report.Results.WeightingNote is { } note) c.MarkupLine($"[grey]{Markup.Escape(note)}[/]");

        foreach (var themed in report.Themes)
        {
            c.WriteLine();
            c.MarkupLine($"[bold]{Markup.Escape(themed.Question)}[/]: {themed.Themes.Comments.ToString("N0", culture)} comments in themes ({themed.Themes.Unthemed.ToString("N0", culture)} in none; a comment can be in several)");
            var table = new Table().Border(TableBorder.Simple).AddColumn("Theme").AddColumn(new TableColumn("Comments").RightAligned()).AddColumn(new TableColumn("% of comments").RightAligned());
            foreach (var theme in themed.Themes.Themes) table.AddRow(Markup.Escape(theme.Theme), theme.Comments.ToString("N0", culture), theme.Percent.ToString("0.0", culture) + "%");
            c.Write(table);
        }

        foreach (var comparison in report.Representativeness)
        {
            c.WriteLine();
            c.MarkupLine($"[bold]The sample against the population: {Markup.Escape(comparison.Characteristic)}[/] [grey]({Markup.Escape(comparison.Source)})[/]");
            var table = new Table().Border(TableBorder.Simple).AddColumns("Group", "Respondents", "% of respondents", "Residents", "% of residents");
            for (var i = 1; i < 5; i++) table.Columns[i].RightAligned();
            foreach (var g in comparison.Groups) table.AddRow(Markup.Escape(g.Group), g.Sample.ToString("N0", culture), Percent(g.SamplePercent), g.Residents.ToString("N0", culture), Percent(g.PopulationPercent));
            c.Write(table);
            c.MarkupLine(Markup.Escape("  " + comparison.Summary));
        }
        if (report.Concern.Count > 0)
        {
            c.WriteLine();
            c.MarkupLine("[bold]Community concern[/] (0 to 5, for priority scoring: 5 x the share)");
            var table = new Table().Border(TableBorder.Simple).AddColumns("Category", "Score", "From");
            table.Columns[1].RightAligned();
            foreach (var s in report.Concern) table.AddRow(Markup.Escape(s.Category), s.Score.ToString("0.00", culture), Markup.Escape(s.Provenance));
            c.Write(table);
        }
    }

    private static string Csv(SurveyReport report)
    {
        var sb = new StringBuilder();
        sb.AppendLine("survey_id,weighted,question_id,question,item,option,count,percent,first_choice_percent,second_choice_percent,answered,no_answer");
        static string N(double? v) => v?.ToString("R", CultureInfo.InvariantCulture) ?? "";
        static string Q(string? s) => s is null ? "" : s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
        foreach (var (tables, isWeighted) in new[] { (report.Results.Tables, false), (report.Results.Weighted, true) })
        {
            foreach (var t in tables)
            {
                foreach (var o in t.Options)
                {
                    var ranked = t.Kind == QuestionKind.RankedChoice;
                    sb.AppendLine(string.Join(",", Q(report.Survey.Id), isWeighted ? "true" : "false", Q(t.QuestionId), Q(t.Question), Q(t.Item), Q(o.Option), N(o.Count), N(o.Percent),
                        ranked ? N(o.FirstChoicePercent) : "", ranked ? N(o.SecondChoicePercent) : "", N(t.Answered), N(t.NoAnswer)));
                }
            }
        }
        return sb.ToString();
    }
}
