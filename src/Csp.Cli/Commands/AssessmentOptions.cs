using System.CommandLine;
using System.Globalization;
using Csp.Core.Offences;
using Csp.Core.Periods;
using Csp.Core.Priorities;
using Csp.Services.Assessment;

namespace Csp.Cli.Commands;

/// <summary>
/// The options every command built on the assessment takes, with the same names and meaning (<c>csp assess</c>,
/// <c>csp report</c>): the area, one way of giving the period, the population year, --partial, and the partnership's
/// configuration files.
/// </summary>
internal sealed class AssessmentOptions
{
    public Option<string> Area { get; } = new("--area") { Description = "ONS code or name: a district, CSP, ward, LSOA or force area.", Required = true };
    private readonly Option<string?> _yearEnding = new("--year-ending") { Description = "The twelve months ending with this month (YYYY-MM), against the twelve before; 2025-09 is the assessment year YE Sept 2025." };
    private readonly Option<string?> _period = new("--period") { Description = "An explicit range YYYY-MM..YYYY-MM (with --baseline)." };
    private readonly Option<string?> _baseline = new("--baseline") { Description = "The range to compare --period with, YYYY-MM..YYYY-MM." };
    private readonly Option<int?> _financialYear = new("--financial-year") { Description = "April of this year to March of the next, against the year before." };
    private readonly Option<string?> _yearToDate = new("--year-to-date") { Description = "April to this month (YYYY-MM), against the same months a year earlier." };
    private readonly Option<string?> _quarter = new("--quarter") { Description = "A calendar quarter, YYYY-Qn, against the same quarter a year earlier." };
    private readonly Option<string?> _month = new("--month") { Description = "One month (YYYY-MM) against the same month a year earlier." };
    public Option<int?> PopulationYear { get; } = new("--population-year") { Description = "Use this year's population estimate for both periods (default: the latest estimate not after each period's end)." };
    public Option<bool> Partial { get; } = new("--partial") { Description = "Compare even when months are missing; the output is labelled partial." };
    private readonly Option<string?> _categories = new("--categories") { Description = "The partnership's category groups (default data/config/offence-categories.csv)." };
    private readonly Option<string?> _harm = new("--harm-weights") { Description = "Harm weight per crime type (default data/config/harm-weights.csv)." };
    private readonly Option<string?> _priorities = new("--priorities") { Description = "Weights and entered judgements for priority scoring (default data/config/priority-judgements.csv when present)." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Area, _yearEnding, _period, _baseline, _financialYear, _yearToDate, _quarter, _month, PopulationYear, Partial, _categories, _harm, _priorities })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The partnership's configuration; problems in it are printed as warnings.</summary>
    public (OffenceScheme Scheme, PriorityJudgements Judgements) LoadConfiguration(ParseResult parse)
    {
        var home = CliEnvironment.Home;
        var (scheme, judgements, issues) = AssessmentService.LoadConfiguration(
            parse.GetValue(_categories) ?? Path.Combine(home, "data", "config", "offence-categories.csv"),
            parse.GetValue(_harm) ?? Path.Combine(home, "data", "config", "harm-weights.csv"),
            parse.GetValue(_priorities) ?? Path.Combine(home, "data", "config", "priority-judgements.csv"));
        foreach (var issue in issues) Console.Error.WriteLine("warning: " + issue);
        return (scheme, judgements);
    }

    /// <summary>The one period comparison the options give, or null with the reason.</summary>
    public PeriodComparison? ChoosePeriods(ParseResult parse, out string? error)
    {
        error = null;
        var chosen = new List<PeriodComparison>();
        if (parse.GetValue(_yearEnding) is { } ye)
        {
            if (!YearMonth.TryParse(ye, out var end)) { error = $"--year-ending '{ye}' is not YYYY-MM."; return null; }
            chosen.Add(PeriodComparison.YearEnding(end));
        }
        if (parse.GetValue(_period) is { } p)
        {
            if (!MonthRange.TryParse(p, out var pr)) { error = $"--period '{p}' is not YYYY-MM..YYYY-MM."; return null; }
            var b = parse.GetValue(_baseline);
            if (b is null) { error = "--period needs --baseline YYYY-MM..YYYY-MM."; return null; }
            if (!MonthRange.TryParse(b, out var br)) { error = $"--baseline '{b}' is not YYYY-MM..YYYY-MM."; return null; }
            chosen.Add(PeriodComparison.Explicit(pr, br));
        }
        else if (parse.GetValue(_baseline) is not null) { error = "--baseline goes with --period."; return null; }
        if (parse.GetValue(_financialYear) is { } fy) chosen.Add(PeriodComparison.FinancialYear(fy));
        if (parse.GetValue(_yearToDate) is { } ytd)
        {
            if (!YearMonth.TryParse(ytd, out var through)) { error = $"--year-to-date '{ytd}' is not YYYY-MM."; return null; }
            chosen.Add(PeriodComparison.YearToDate(through));
        }
        if (parse.GetValue(_quarter) is { } q)
        {
            var parts = q.ToUpperInvariant().Split("-Q");
            if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var qy) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var qn) || qn is < 1 or > 4)
            {
                error = $"--quarter '{q}' is not YYYY-Qn (e.g. 2025-Q2).";
                return null;
            }
            chosen.Add(PeriodComparison.Quarter(qy, qn));
        }
        if (parse.GetValue(_month) is { } m)
        {
            if (!YearMonth.TryParse(m, out var one)) { error = $"--month '{m}' is not YYYY-MM."; return null; }
            chosen.Add(PeriodComparison.Month(one));
        }
        if (chosen.Count != 1)
        {
            error = chosen.Count == 0
                ? "choose the period: --year-ending YYYY-MM, --period FROM..TO --baseline FROM..TO, --financial-year YYYY, --year-to-date YYYY-MM, --quarter YYYY-Qn or --month YYYY-MM."
                : "choose one way of giving the period, not several.";
            return null;
        }
        return chosen[0];
    }
}
