using Csp.Core.Offences;
using Csp.Core.Priorities;
using Csp.Storage.Assessment;
using Csp.Workbench.Assessment;
using Csp.Core.Periods;
using Csp.Workbench.Hosting;
using Microsoft.Extensions.Logging;

namespace Csp.Workbench.Assessment;

/// <summary>The partnership's configuration the assessment uses (data/config under the home), read once at start as <c>csp assess</c> reads it.</summary>
public sealed record AssessmentConfiguration(OffenceScheme Scheme, PriorityJudgements Judgements)
{
    /// <summary>The comparator groups (comparator-groups.csv beside offence-categories.csv): the Most Similar Group position of an area that has one.</summary>
    public IReadOnlyList<Core.Comparators.MostSimilarGroup> ComparatorGroups { get; init; } = [];

    /// <summary>The group drawn up for the area, or null.</summary>
    public Core.Comparators.MostSimilarGroup? GroupOf(string areaCode) => ComparatorGroups.FirstOrDefault(g => g.AreaCode.Equals(areaCode, StringComparison.OrdinalIgnoreCase));

    public static AssessmentConfiguration Load(ConfigurationFiles files, ILogger logger)
    {
        var (scheme, judgements, issues) = AssessmentService.LoadConfiguration(files.OffenceCategories, files.HarmWeights, files.PriorityJudgements);
        var groups = ComparatorGroupsBeside(files, issues);
        foreach (var issue in issues) logger.LogWarning("Configuration: {Issue}", issue.ToString());
        return new AssessmentConfiguration(scheme, judgements) { ComparatorGroups = groups };
    }

    /// <summary>comparator-groups.csv beside the categories file; none when it is not there; a bad line is an issue.</summary>
    public static IReadOnlyList<Core.Comparators.MostSimilarGroup> ComparatorGroupsBeside(ConfigurationFiles files, List<Core.Imports.ImportIssue> issues)
    {
        var groupsFile = Path.Combine(Path.GetDirectoryName(files.OffenceCategories) ?? ".", "comparator-groups.csv");
        if (!File.Exists(groupsFile)) return [];
        using var stream = File.OpenRead(groupsFile);
        var (groups, problems) = Ingest.Performance.ComparatorGroupCsvReader.Read(stream, groupsFile);
        issues.AddRange(problems);
        return groups;
    }

    /// <summary>The police.uk crime types a category counts: the group's members, or the type itself.</summary>
    public IReadOnlyList<string> CrimeTypesOf(string category, IEnumerable<string> crimeTypes)
    {
        var group = Scheme.Groups.FirstOrDefault(g => string.Equals(g.Name, category, StringComparison.OrdinalIgnoreCase));
        return group is not null ? group.Members(crimeTypes) : [category];
    }
}
