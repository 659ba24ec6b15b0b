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
    public static AssessmentConfiguration Load(ConfigurationFiles files, ILogger logger)
    {
        var (scheme, judgements, issues) = AssessmentService.LoadConfiguration(files.OffenceCategories, files.HarmWeights, files.PriorityJudgements);
        foreach (var issue in issues) logger.LogWarning("Configuration: {Issue}", issue.ToString());
        return new AssessmentConfiguration(scheme, judgements);
    }

    /// <summary>The police.uk crime types a category counts: the group's members, or the type itself.</summary>
    public IReadOnlyList<string> CrimeTypesOf(string category, IEnumerable<string> crimeTypes)
    {
        var group = Scheme.Groups.FirstOrDefault(g => string.Equals(g.Name, category, StringComparison.OrdinalIgnoreCase));
        return group is not null ? group.Members(crimeTypes) : [category];
    }
}
