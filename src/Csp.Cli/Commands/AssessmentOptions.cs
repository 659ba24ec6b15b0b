using System.CommandLine;
using System.Globalization;
using Csp.Core.Periods;
using Csp.Workbench.Assessment;

namespace Csp.Cli.Commands;

/// <summary>
/// The options every command built on the assessment takes, with the same names and meaning (<c>csp assess</c>,
/// <c>csp report</c>): the area, one way of giving the period, the population year, --partial, and the partnership's
/// configuration files.
/// </summary>
internal sealed class AssessmentOptions
{
    /// <param name="areaRequired">False where one kind of the command needs no area (<c>csp report action-plan</c>): the command then checks it.</param>
    public AssessmentOptions(bool areaRequired = true) => Area.Required = areaRequired;

    public Option<string> Area { get; } = new("--area") { Description = "ONS code or name: a district, CSP, ward, LSOA or force area.", Required = true };
    private readonly Option<string?> _yearEnding = new("--year-ending") { Description = "The twelve months ending with this month (YYYY-MM), against the twelve before; 2025-09 is the assessment year YE Sept 2025." };
    private readonly Option<string?> _period = new("--period") { Description = "An explicit range YYYY-MM..YYYY-MM (with --baseline)." };
    private readonly Option<string?> _baseline = new("--baseline") { Description = "The range to compare --period with, YYYY-MM..YYYY-MM." };
    private readonly Option<int?> _financialYear = new("--financial-year") { Description = "April of this year to March of the next, against the year before." };
    private readonly Option<string?> _yearToDate = new("--year-to-date") { Description = "April to this month (YYYY-MM), against the same months a year earlier." };
    /// <summary>--quarter as given (csp report action-plan reads it as the quarter reported on).</summary>
    public Option<string?> Quarter => _quarter;

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

    /// <summary>The partnership's configuration files: the options, else data/config under the home.</summary>
    public ConfigurationFiles ConfigurationFiles(ParseResult parse)
    {
        var defaults = Workbench.Assessment.ConfigurationFiles.Under(CliEnvironment.Home);
        return new ConfigurationFiles(parse.GetValue(_categories) ?? defaults.OffenceCategories, parse.GetValue(_harm) ?? defaults.HarmWeights,
            parse.GetValue(_priorities) ?? defaults.PriorityJudgements);
    }

    /// <summary>The use cases, with the partnership's configuration the options name.</summary>
    public Task<Microsoft.Extensions.DependencyInjection.ServiceProvider> UseCasesAsync(ParseResult parse, Option<string?> database, CancellationToken cancellationToken,
        Reporting.Rendering.ReportFormat? format = null) =>
        CliEnvironment.UseCasesAsync(parse.GetValue(database), cancellationToken, ConfigurationFiles(parse), format);

    /// <summary>The period options as given (the same fields as the web API's query).</summary>
    public PeriodChoice Choice(ParseResult parse) =>
        new(parse.GetValue(_yearEnding), parse.GetValue(_period), parse.GetValue(_baseline),
            parse.GetValue(_financialYear)?.ToString(CultureInfo.InvariantCulture), parse.GetValue(_yearToDate), parse.GetValue(_quarter), parse.GetValue(_month));

    /// <summary>The one period comparison the options give, or null with the reason (the same rules and words as the web API).</summary>
    public PeriodComparison? ChoosePeriods(ParseResult parse, out string? error) => Choice(parse).Choose(PeriodChoice.OptionName, out error);
}
