using Csp.Ingest.Configuration;
using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Imports;
using Csp.Core.Offences;
using Csp.Core.Partnerships;
using Csp.Core.Periods;
using Csp.Core.Priorities;

using Csp.Storage.Assessment;

namespace Csp.Workbench.Assessment;

/// <summary>The assessment use case both hosts call: find the months the comparison needs, refuse or label partial, compute.</summary>
public static class AssessmentService
{
    /// <param name="MissingRanges">The same months joined into ranges; for a period too long to list month by month, the only list.</param>
    /// <param name="NotUnderstood">The refusal is of the request itself (HTTP 400), not of the data.</param>
    public sealed record Outcome(AssessmentResult? Result, IReadOnlyList<MissingMonth> MissingMonths, string? Refusal, IReadOnlyList<MissingRange>? MissingRanges = null,
        bool NotUnderstood = false)
    {
        public IReadOnlyList<MissingRange> Ranges => MissingRanges ?? MissingRange.Of(MissingMonths);
    }

    /// <summary>
    /// The longest period or baseline compared, in months (twenty years: police.uk begins in December 2010). A longer one
    /// is refused as not understood, or, when the data lacks months of it, with those months as ranges: its answer would
    /// carry a count for every month of every category (a partial 0001-01..9999-12 is hundreds of megabytes).
    /// </summary>
    public const int MaximumMonths = 240;

    /// <summary>Why the population year cannot be used for the area (null when it can): not a year, or no estimate of the area for it.</summary>
    public static string? PopulationYearProblem(AssessmentData data, Area area, int? populationYear)
    {
        if (populationYear is not { } year) return null;
        var years = data.Areas.PopulationYears(area.Code);
        if (year is < 1900 or > 2999) return $"populationYear '{year}' is not a year (1900 to 2999).";
        if (years.Count > 0 && !years.Contains(year))
        {
            return $"There is no population estimate of {area.Name} for {year}: the data holds {string.Join(", ", years.Order())}. Choose one of those, or leave the year out to use the latest estimate not after each period's end.";
        }
        return null;
    }

    /// <param name="seriesCache">Series per area to share between calls on the same data (a report assesses the area, its
    /// siblings and its wards, whose county and siblings are the same); null for a cache of this call's own.</param>
    /// <param name="group">The area's comparator group, for its Most Similar Group position; null = none.</param>
    public static Outcome Assess(AssessmentData data, Area area, PeriodComparison periods, OffenceScheme scheme, PriorityJudgements judgements, int? populationYear, bool partial,
        IDictionary<string, long[][]>? seriesCache = null, Core.Comparators.MostSimilarGroup? group = null)
    {
        var forces = data.ForcesServing(area);
        if (forces.Count == 0)
        {
            return new Outcome(null, [], $"There is no police.uk data for {area.Name} ({area.Code}): import the force's files first (./csp import police-uk PATH).");
        }
        if (periods.Period.MonthCount > MaximumMonths || periods.Baseline.MonthCount > MaximumMonths)
        {
            // Never listed month by month: the months are streamed into ranges.
            var (first, last) = (periods.Period.From < periods.Baseline.From ? periods.Period.From : periods.Baseline.From, periods.Period.To > periods.Baseline.To ? periods.Period.To : periods.Baseline.To);
            var lacking = MissingRange.Of(forces.SelectMany(f => Enumerable.Range(first.Index, last.Index - first.Index + 1).Select(YearMonth.FromIndex)
                .Where(m => (periods.Period.Contains(m) || periods.Baseline.Contains(m)) && !data.MonthsByForce[f].Contains(m))
                .Select(m => new MissingMonth(f, m.ToString(), data.Incomplete(f, m)))));
            var tooLong = $"{(periods.Period.MonthCount > MaximumMonths ? $"The period {periods.Period} is {periods.Period.MonthCount:N0}" : $"The baseline {periods.Baseline} is {periods.Baseline.MonthCount:N0}")} months long: " +
                $"a period and a baseline are at most {MaximumMonths} months (twenty years) each.";
            if (lacking.Count > 0 && !partial)
            {
                return new Outcome(null, [], $"The data lacks months that {periods.Period} against {periods.Baseline} needs — {Describe(lacking)}. {tooLong}", lacking);
            }
            return new Outcome(null, [], tooLong, lacking, NotUnderstood: true);
        }
        var needed = periods.Baseline.Months().Concat(periods.Period.Months()).Distinct().Order().ToList();
        // A month held but not whole (truncated and kept, or implausibly few rows) is missing too, with why.
        var missing = forces.SelectMany(f => needed.Where(m => !data.MonthsByForce[f].Contains(m)).Select(m => new MissingMonth(f, m.ToString(), data.Incomplete(f, m)))).ToList();
        if (missing.Count > 0 && !partial)
        {
            var byForce = missing.GroupBy(m => m.Force).Select(g => $"{g.Key}: {MonthCoverage.Describe(g.Select(m => YearMonth.Parse(m.Month)).ToList())}" +
                string.Concat(g.Where(m => m.Incomplete is not null).Select(m => $" ({m.Month} is held but incomplete: {m.Incomplete})")));
            return new Outcome(null, missing,
                $"The data lacks months that {periods.Period} against {periods.Baseline} needs — {string.Join("; ", byForce)}. " +
                "Import them, choose other periods, or add --partial to compare the months that are held (the output is then labelled partial).");
        }
        // Months every serving force holds: the series of earlier years leaves out a year with a gap.
        var held = forces.Select(f => data.MonthsByForce[f]).Aggregate((IEnumerable<YearMonth>)data.MonthsByForce[forces[0]], (all, f) => all.Intersect(f)).ToHashSet();
        var result = AssessmentEngine.Assess(data.Counts, data.Areas, new AssessmentRequest(area, periods, scheme, judgements, populationYear, missing, partial) { MonthsHeld = held, ComparatorGroup = group }, seriesCache);
        return new Outcome(result, missing, null);
    }

    /// <summary>"Kent Police: 0001-01..2021-12, 2022-12..2024-12": a force's ranges together.</summary>
    private static string Describe(IReadOnlyList<MissingRange> ranges) =>
        string.Join("; ", ranges.GroupBy(r => r.Force).Select(g => $"{g.Key}: {string.Join(", ", g.Select(r => r.Months == 1 ? r.From : $"{r.From}..{r.To}"))}"));

    /// <summary>
    /// Reads the partnership's configuration files (categories, harm weights, priority judgements, and beside the categories
    /// file unless named: offence-descriptions.csv, the phrases and police-activity marks, and partnership.csv, the current
    /// priorities); a file that is not there is left out; problems come back as issues.
    /// </summary>
    public static (OffenceScheme Scheme, PriorityJudgements Judgements, List<ImportIssue> Issues) LoadConfiguration(string categoriesFile, string harmWeightsFile, string? judgementsFile,
        string? descriptionsFile = null, string? partnershipFile = null)
    {
        var issues = new List<ImportIssue>();
        var groups = OffenceScheme.ParseGroups(ConfigurationCsv.Read(categoriesFile, issues), categoriesFile, issues);
        var weights = OffenceScheme.ParseHarmWeights(ConfigurationCsv.Read(harmWeightsFile, issues), harmWeightsFile, issues);
        var judgements = judgementsFile is not null && File.Exists(judgementsFile)
            ? PriorityJudgements.Parse(ConfigurationCsv.Read(judgementsFile, issues), judgementsFile, issues)
            : PriorityJudgements.Default;
        var folder = Path.GetDirectoryName(Path.GetFullPath(categoriesFile)) ?? ".";
        descriptionsFile ??= Path.Combine(folder, "offence-descriptions.csv");
        var descriptions = File.Exists(descriptionsFile) ? OffenceScheme.ParseDescriptions(ConfigurationCsv.Read(descriptionsFile, issues), descriptionsFile, issues) : null;
        var settings = LoadPartnership(partnershipFile ?? Path.Combine(folder, "partnership.csv"), issues);
        return (new OffenceScheme(groups, weights, descriptions), judgements with { CurrentPriorities = settings.CurrentPriorities }, issues);
    }

    /// <summary>The partnership's settings (data/config/partnership.csv): its councils and current priorities; empty when the file is not there.</summary>
    public static PartnershipSettings LoadPartnership(string file, List<ImportIssue> issues) =>
        File.Exists(file) ? PartnershipSettings.Parse(ConfigurationCsv.Read(file, issues), file, issues) : PartnershipSettings.Empty;
}
