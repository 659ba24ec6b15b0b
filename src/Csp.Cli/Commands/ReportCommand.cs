using System.CommandLine;
using System.Globalization;
using Csp.Core.Consultation;
using Csp.Core.Meetings;
using Csp.Core.Performance;
using Csp.Core.Reports;
using Csp.Core.Strategy;
using Csp.Storage.Diagnostics;
using Csp.Workbench.Performance;
using Csp.Reporting.Rendering;
using Csp.Workbench.Assessment;
using Csp.Workbench.Reports;
using Csp.Workbench.Strategy;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp report committee|assessment|ward|performance --area A PERIOD --format html|pdf|docx|xlsx --out FILE</c>: the scrutiny committee
/// report or the Strategic Assessment document, built from the same assessment as <c>csp assess</c> and rendered to one format.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(Option<string?> database)
    {
        var kind = new Argument<string>("report") { Description = "committee (the report to the Crime and Disorder Scrutiny Committee), assessment (the Strategic Assessment document), ward (the ward member briefing, from the incidents held; always public), performance (the quarterly performance report on the partnership's measures, from partner returns; public Part 1 unless --classification restricted, Part 2 for partners who may see small numbers) action-plan (the action plan's progress at the end of --quarter; always public; no --area), minutes (a meeting's minutes: --meeting ID; html, pdf or docx) strategy (the Community Safety Strategy in the seeds' shape: --strategy ID or the current version; html, pdf or docx) or survey (a consultation's results: --survey ID; no --area)." };
        kind.AcceptOnlyFromAmong([.. ReportRequest.Kinds, Workbench.Briefing.WardBriefings.Kind, PerformanceReport.Kind, ActionPlanReport.Kind, Minutes.Kind, StrategyDocument.Kind, SurveyResultsReport.Kind]);
        var options = new AssessmentOptions(areaRequired: false);
        var format = FormatOption.Create("html", "pdf", "docx", "xlsx");
        var output = new Option<string>("--out") { Description = "The file to write.", Required = true };
        var classification = new Option<string>("--classification")
        {
            Description = "public (Part 1: small numbers in wards and LSOAs withheld, checked for postcodes) or restricted (Part 2: every figure).",
            DefaultValueFactory = _ => "public",
        };
        classification.AcceptOnlyFromAmong("public", "restricted");
        var suppressBelow = new Option<int>("--suppress-below") { Description = "In a public report, withhold counts from 1 to this minus one in wards and LSOAs (0: none).", DefaultValueFactory = _ => 5 };
        var template = new Option<string?>("--template") { Description = "The partnership's words for the report (default data/config/report-templates/REPORT.md)." };
        var date = new Option<string?>("--date") { Description = "The date on the report, YYYY-MM-DD (default today): the committee's meeting date." };
        var strategy = new Option<long?>("--strategy") { Description = "action-plan, strategy: the strategy version (default the current one, the latest refresh)." };
        var meeting = new Option<long?>("--meeting") { Description = "minutes: the meeting's id (csp meeting list)." };
        var survey = new Option<string?>("--survey") { Description = "survey: the survey's id (csp survey list)." };
        var command = new Command("report", "A report people read, built from the assessment: the committee report or the Strategic Assessment, as a web page, PDF, Word or Excel.")
        {
            kind, format, output, classification, suppressBelow, template, date, strategy, meeting, survey,
        };
        options.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(kind) == SurveyResultsReport.Kind) return await SurveyAsync(parse, database, options, format, output, classification, suppressBelow, survey, ct).ConfigureAwait(false);
            if (parse.GetValue(kind) == ActionPlanReport.Kind) return await ActionPlanAsync(parse, database, options, format, output, strategy, ct).ConfigureAwait(false);
            if (parse.GetValue(kind) is Minutes.Kind or StrategyDocument.Kind) return await DocumentAsync(parse, database, options, kind, format, output, strategy, meeting, ct).ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(parse.GetValue(options.Area)))
            {
                Console.Error.WriteLine($"error: --area is required for the {parse.GetValue(kind)} report.");
                return ExitCodes.Error;
            }
            var periods = options.ChoosePeriods(parse, out var periodError);
            if (periods is null)
            {
                Console.Error.WriteLine("error: " + periodError);
                return ExitCodes.Error;
            }
            var day = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
            if (parse.GetValue(date) is { } d && !DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                Console.Error.WriteLine($"error: --date '{d}' is not YYYY-MM-DD.");
                return ExitCodes.Error;
            }
            var threshold = parse.GetValue(suppressBelow);
            if (threshold < 0)
            {
                Console.Error.WriteLine("error: --suppress-below cannot be negative.");
                return ExitCodes.Error;
            }
            var chosenFormat = Enum.Parse<ReportFormat>(parse.GetValue(format)!, ignoreCase: true);
            await using var useCases = await options.UseCasesAsync(parse, database, ct, chosenFormat).ConfigureAwait(false);
            if (parse.GetValue(kind) == Workbench.Briefing.WardBriefings.Kind)
            {
                var (ward, wardKind, problem) = await useCases.GetRequiredService<Workbench.Briefing.WardBriefings>().MakeAsync(parse.GetValue(options.Area)!, periods, chosenFormat,
                    threshold, ct).ConfigureAwait(false);
                if (ward is null)
                {
                    Console.Error.WriteLine("error: " + problem);
                    return ExitCodes.Of(wardKind);
                }
                return await WriteAsync(ward, parse.GetValue(output)!, ct).ConfigureAwait(false);
            }
            if (parse.GetValue(kind) == PerformanceReport.Kind)
            {
                var performance = await useCases.GetRequiredService<PerformanceTables>().ReportAsync(parse.GetValue(options.Area)!, periods, chosenFormat,
                    parse.GetValue(classification) == "restricted" ? Classification.Restricted() : Classification.Public(threshold), ct).ConfigureAwait(false);
                if (performance.File is not { } report)
                {
                    Console.Error.WriteLine("error: " + (performance.Kind == AnswerKind.NotFound ? CliEnvironment.NoArea(performance.Detail) : performance.Detail));
                    return ExitCodes.Of(performance.Kind);
                }
                return await WriteAsync(report, parse.GetValue(output)!, ct).ConfigureAwait(false);
            }
            var order = new ReportOrder(parse.GetValue(kind)!, parse.GetValue(options.Area), periods, null, parse.GetValue(options.Partial), parse.GetValue(options.PopulationYear),
                parse.GetValue(classification) == "restricted" ? Classification.Restricted() : Classification.Public(threshold), day, chosenFormat,
                Readership.Restricted, parse.GetValue(template));
            var outcome = await useCases.GetRequiredService<ReportFiles>().MakeAsync(order, ct).ConfigureAwait(false);
            if (outcome.Note is { } note) Console.Error.WriteLine("note: " + note);
            foreach (var warning in outcome.TemplateWarnings) Console.Error.WriteLine("warning: " + warning);
            if (outcome.File is not { } made)
            {
                foreach (var error in outcome.TemplateErrors) Console.Error.WriteLine("error: " + error);
                if (outcome.TemplateErrors.Count > 0) Console.Error.WriteLine($"error: The report template has {outcome.TemplateErrors.Count} error(s).");
                else Console.Error.WriteLine("error: " + (outcome.Kind == AnswerKind.NotFound ? CliEnvironment.NoArea(outcome.Detail) : outcome.Detail));
                return outcome.MissingMonths.Count > 0 ? ExitCodes.MissingData : outcome.Kind == AnswerKind.BadRequest ? ExitCodes.Error : ExitCodes.InputRejected;
            }

            return await WriteAsync(made, parse.GetValue(output)!, ct).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary><c>csp report action-plan --quarter YYYY-Qn [--strategy ID] --format F --out FILE</c>.</summary>
    private static async Task<int> ActionPlanAsync(ParseResult parse, Option<string?> database, AssessmentOptions options, Option<string> format, Option<string> output,
        Option<long?> strategy, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(parse.GetValue(options.Area)))
        {
            Console.Error.WriteLine("error: the action-plan report is the partnership's whole plan: it takes no --area.");
            return ExitCodes.Error;
        }
        if (!ReportingQuarter.TryParse(parse.GetValue(options.Quarter), out var quarter))
        {
            Console.Error.WriteLine($"error: --quarter YYYY-Qn is required for the action-plan report (got '{parse.GetValue(options.Quarter)}').");
            return ExitCodes.Error;
        }
        var chosenFormat = Enum.Parse<ReportFormat>(parse.GetValue(format)!, ignoreCase: true);
        await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct, format: chosenFormat).ConfigureAwait(false);
        var made = await useCases.GetRequiredService<Strategies>().ActionPlanReportAsync(parse.GetValue(strategy), quarter, chosenFormat, ct).ConfigureAwait(false);
        if (made is null)
        {
            Console.Error.WriteLine(parse.GetValue(strategy) is { } id ? $"error: no strategy {id} is held." : "error: no strategy is held: csp strategy import, or csp import sample.");
            return ExitCodes.InputRejected;
        }
        return await WriteAsync(made, parse.GetValue(output)!, ct).ConfigureAwait(false);
    }

    /// <summary><c>csp report minutes --meeting ID</c> and <c>csp report strategy [--strategy ID]</c>: html, pdf or docx; no area or period.</summary>
    private static async Task<int> DocumentAsync(ParseResult parse, Option<string?> database, AssessmentOptions options, Argument<string> kind, Option<string> format,
        Option<string> output, Option<long?> strategy, Option<long?> meeting, CancellationToken ct)
    {
        var which = parse.GetValue(kind)!;
        if (!string.IsNullOrWhiteSpace(parse.GetValue(options.Area)))
        {
            Console.Error.WriteLine($"error: the {which} report takes no --area.");
            return ExitCodes.Error;
        }
        var chosenFormat = Enum.Parse<ReportFormat>(parse.GetValue(format)!, ignoreCase: true);
        if (chosenFormat == ReportFormat.Xlsx)
        {
            Console.Error.WriteLine($"error: the {which} report is html, pdf or docx (it has no tables of figures for Excel).");
            return ExitCodes.Error;
        }
        if (which == Minutes.Kind && parse.GetValue(meeting) is null)
        {
            Console.Error.WriteLine("error: --meeting ID is required for the minutes (csp meeting list gives the ids).");
            return ExitCodes.Error;
        }
        await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct, format: chosenFormat).ConfigureAwait(false);
        var made = which == Minutes.Kind
            ? await useCases.GetRequiredService<Workbench.Meetings.Meetings>().MinutesAsync(parse.GetValue(meeting)!.Value, chosenFormat, ct).ConfigureAwait(false)
            : await useCases.GetRequiredService<Strategies>().DocumentAsync(parse.GetValue(strategy), chosenFormat, ct).ConfigureAwait(false);
        if (made is null)
        {
            Console.Error.WriteLine(which == Minutes.Kind ? $"error: no meeting {parse.GetValue(meeting)} is recorded (csp meeting list)."
                : parse.GetValue(strategy) is { } id ? $"error: no strategy {id} is held." : "error: no strategy is held: csp strategy import, or csp import sample.");
            return ExitCodes.InputRejected;
        }
        return await WriteAsync(made, parse.GetValue(output)!, ct).ConfigureAwait(false);
    }

    /// <summary><c>csp report survey --survey ID [--classification public|restricted] [--suppress-below N] --format F --out FILE</c>.</summary>
    private static async Task<int> SurveyAsync(ParseResult parse, Option<string?> database, AssessmentOptions options, Option<string> format, Option<string> output,
        Option<string> classification, Option<int> suppressBelow, Option<string?> survey, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(parse.GetValue(options.Area)))
        {
            Console.Error.WriteLine("error: the survey report is of the survey's own area: it takes no --area.");
            return ExitCodes.Error;
        }
        if (string.IsNullOrWhiteSpace(parse.GetValue(survey)))
        {
            Console.Error.WriteLine("error: --survey ID is required for the survey report (csp survey list gives the ids).");
            return ExitCodes.Error;
        }
        var threshold = parse.GetValue(suppressBelow);
        if (threshold < 0)
        {
            Console.Error.WriteLine("error: --suppress-below cannot be negative.");
            return ExitCodes.Error;
        }
        var chosenFormat = Enum.Parse<ReportFormat>(parse.GetValue(format)!, ignoreCase: true);
        await using var useCases = await CliEnvironment.UseCasesAsync(parse.GetValue(database), ct, format: chosenFormat).ConfigureAwait(false);
        var (made, refusal) = await useCases.GetRequiredService<Workbench.Consultation.Surveys>().ReportAsync(parse.GetValue(survey)!, chosenFormat,
            parse.GetValue(classification) == "restricted" ? Classification.Restricted() : Classification.Public(threshold), ct).ConfigureAwait(false);
        if (made is null)
        {
            Console.Error.WriteLine("error: " + (refusal ?? $"there is no survey '{parse.GetValue(survey)}' (csp survey list)."));
            return ExitCodes.InputRejected;
        }
        return await WriteAsync(made, parse.GetValue(output)!, ct).ConfigureAwait(false);
    }

    private static async Task<int> WriteAsync(ReportFile made, string output, CancellationToken ct)
    {
        var file = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // Written beside the target and moved into place, so a failed write never leaves half a file under the name asked for.
        var partial = file + ".partial";
        await File.WriteAllBytesAsync(partial, made.Content, ct).ConfigureAwait(false);
        File.Move(partial, file, overwrite: true);
        StartupTrace.Mark("report: written");
        Console.Out.WriteLine($"{made.Title} ({made.ClassificationLabel}): {made.Sections} sections, {made.Tables} tables, {made.Figures} figures -> {Output.Relative(file)}");
        return ExitCodes.Success;
    }
}
