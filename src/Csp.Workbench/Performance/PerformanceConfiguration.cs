using Csp.Core.Comparators;
using Csp.Core.Imports;
using Csp.Core.Performance;
using Csp.Ingest.Csv;
using Csp.Ingest.Performance;
using Csp.Storage.Performance;

namespace Csp.Workbench.Performance;

/// <summary>
/// The partnership's measures (data/config/measures.csv), comparator groups (comparator-groups.csv) and the areas returns
/// may name beyond the imported geography (return-areas.csv). A line that cannot be used is in <see cref="Issues"/> with
/// its file, line and field; the rest is kept.
/// </summary>
public sealed class PerformanceConfiguration(IReadOnlyList<Measure> measures, IReadOnlyList<MostSimilarGroup> groups, IReadOnlyList<ReturnArea> returnAreas, IReadOnlyList<ImportIssue> issues)
{
    public IReadOnlyList<Measure> Measures { get; } = measures;

    public IReadOnlyList<MostSimilarGroup> ComparatorGroups { get; } = groups;

    public IReadOnlyList<ReturnArea> ReturnAreas { get; } = returnAreas;

    public IReadOnlyList<ImportIssue> Issues { get; } = issues;

    public Measure? Measure(string name) => Measures.FirstOrDefault(m => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the files under <c>HOME/data/config</c>; a missing file is no measures (groups, areas), not an error.</summary>
    public static PerformanceConfiguration Load(string home)
    {
        var folder = Path.Combine(home, "data", "config");
        var issues = new List<ImportIssue>();
        IReadOnlyList<Measure> measures = [];
        IReadOnlyList<MostSimilarGroup> groups = [];
        var areas = new List<ReturnArea>();
        var measuresFile = Path.Combine(folder, "measures.csv");
        if (File.Exists(measuresFile))
        {
            using var stream = File.OpenRead(measuresFile);
            (measures, var problems) = MeasureCsvReader.Read(stream, "data/config/measures.csv");
            issues.AddRange(problems);
        }
        var groupsFile = Path.Combine(folder, "comparator-groups.csv");
        if (File.Exists(groupsFile))
        {
            using var stream = File.OpenRead(groupsFile);
            (groups, var problems) = ComparatorGroupCsvReader.Read(stream, "data/config/comparator-groups.csv");
            issues.AddRange(problems);
        }
        var areasFile = Path.Combine(folder, "return-areas.csv");
        if (File.Exists(areasFile))
        {
            using var stream = File.OpenRead(areasFile);
            using var csv = new CsvInput(stream, "data/config/return-areas.csv");
            if (csv.ReadHeader(["code", "name"], "the areas returns may name (code, name, aliases)"))
            {
                var (c, n, a) = (csv.Column("code"), csv.Column("name"), csv.Column("aliases"));
                while (csv.ReadRow())
                {
                    if (!csv.TryText(c, "code", null, out var code) || !csv.TryText(n, "name", null, out var name)) continue;
                    var aliases = a >= 0 && csv.TryText(a, "aliases", null, out var text) ? text : "";
                    if (!Core.Areas.AreaCode.IsWellFormed(code))
                    {
                        csv.Quarantine("code", $"'{code}' is not an ONS area code.");
                        continue;
                    }
                    areas.Add(new ReturnArea(code, name, aliases.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
                }
            }
            else if (csv.FileError is { } error) issues.Add(error);
            issues.AddRange(csv.TakeIssues());
        }
        return new PerformanceConfiguration(measures, groups, areas, issues);
    }
}
