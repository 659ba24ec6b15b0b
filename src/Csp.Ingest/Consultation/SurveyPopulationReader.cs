using System.Globalization;
using System.Text;
using Csp.Core.Consultation;
using Csp.Core.Imports;
using Csp.Core.Population;
using Csp.Ingest.Csv;
using Csp.Ingest.Population;

namespace Csp.Ingest.Consultation;

/// <summary>
/// Reads a folder laid out as data/sample/consultation/population (see its README) into the population margins a
/// survey's age, sex and ethnicity questions are compared with:
/// <list type="bullet">
/// <item><c>MYE2_females_mid*.csv</c>, <c>MYE2_males_mid*.csv</c>: ONS mid-year estimates by single year of age (the MYE2 layout the population importer reads);</item>
/// <item><c>age-bands.csv</c> (<c>Group,From,To</c>): the population age bands; the youngest From is the base of both age and sex (residents aged 16+);</item>
/// <item><c>census2021_ethnic_group_*.csv</c> (<c>Code,Name,Ethnic group,Usual residents</c>) and <c>census-ethnic-groups.csv</c> (census group -> comparison group);</item>
/// <item><c>characteristic-groups.csv</c> (<c>Characteristic,Option,Group</c>): which survey option falls in which group.</item>
/// </list>
/// </summary>
internal static class SurveyPopulationReader
{
    public static SurveyPopulation Read(string directory, Survey survey, IReadOnlyCollection<string> areaCodes)
    {
        var issues = new List<ImportIssue>();
        var bands = ReadTable(Path.Combine(directory, "age-bands.csv"), ["Group", "From", "To"], issues)
            .Select(r => (r.Line, r.Cells, From: Int(r.Cells[1]), To: r.Cells[2].Length == 0 ? (int?)null : Int(r.Cells[2])))
            .Where(r =>
            {
                if (r.From is null || (r.Cells[2].Length > 0 && r.To is null)) issues.Add(new ImportIssue("age-bands.csv", r.Line, "From", "From and To must be whole ages (To empty for \"and over\")."));
                return r.From is not null && (r.Cells[2].Length == 0 || r.To is not null);
            })
            .Select(r => new AgeBandDefinition(r.Cells[0], r.From!.Value, r.To))
            .ToArray();
        var optionGroups = ReadTable(Path.Combine(directory, "characteristic-groups.csv"), ["Characteristic", "Option", "Group"], issues)
            .GroupBy(r => r.Cells[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, string>)g.ToDictionary(r => r.Cells[1], r => r.Cells[2], StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        var censusGroups = ReadTable(Path.Combine(directory, "census-ethnic-groups.csv"), ["Census ethnic group", "Group"], issues)
            .ToDictionary(r => OptionText.Normalise(r.Cells[0]), r => r.Cells[1], StringComparer.Ordinal);

        var females = Estimates(directory, "MYE2_females_mid*.csv", issues);
        var males = Estimates(directory, "MYE2_males_mid*.csv", issues);
        var specs = new List<CharacteristicSpec>();
        var youngest = bands.Length > 0 ? bands.Min(b => b.From) : 0;
        var year = females.Concat(males).Select(e => e.Year).DefaultIfEmpty().Max();
        var areas = string.Join(" and ", females.Where(e => areaCodes.Contains(e.AreaCode, StringComparer.OrdinalIgnoreCase)).Select(e => e.AreaName ?? e.AreaCode).Distinct());

        foreach (var question in survey.Questions)
        {
            var (characteristic, groups, source) = question.Kind switch
            {
                QuestionKind.AgeBand => ("Age", PopulationMargins.AgeBands(females.Concat(males), areaCodes, bands),
                    $"ONS mid-{year} population estimates, {areas}, residents aged {youngest}+"),
                QuestionKind.Sex => ("Sex", (IReadOnlyList<PopulationGroup>)
                    [new PopulationGroup("Male", PopulationMargins.AgedAtLeast(males, areaCodes, youngest)), new PopulationGroup("Female", PopulationMargins.AgedAtLeast(females, areaCodes, youngest))],
                    $"ONS mid-{year} population estimates, {areas}, residents aged {youngest}+"),
                QuestionKind.Ethnicity => ("Ethnicity", Ethnicity(directory, areaCodes, censusGroups, issues),
                    $"Census 2021 (TS021), {areas}, all usual residents"),
                _ => (null, [], ""),
            };
            if (characteristic is null) continue;
            if (!optionGroups.TryGetValue(characteristic, out var map))
            {
                issues.Add(new ImportIssue("characteristic-groups.csv", 0, null, $"no groups are given for {characteristic}, so question '{question.Id}' cannot be compared with the population."));
                continue;
            }
            if (groups.Count == 0 || groups.Sum(g => g.Residents) <= 0)
            {
                issues.Add(new ImportIssue(directory, 0, null, $"no population for {characteristic} in the areas {string.Join(", ", areaCodes)}."));
                continue;
            }
            var unknown = map.Values.Where(g => !groups.Any(p => OptionText.Same(p.Group, g))).Distinct().ToArray();
            foreach (var group in unknown) issues.Add(new ImportIssue("characteristic-groups.csv", 0, "Group", $"{characteristic}: '{group}' is not a population group ({string.Join(", ", groups.Select(g => g.Group))})."));
            if (unknown.Length > 0) continue;
            specs.Add(new CharacteristicSpec(characteristic, question.Id, groups, map, source));
        }
        return new SurveyPopulation(specs, issues);
    }

    private static List<PopulationEstimate> Estimates(string directory, string pattern, List<ImportIssue> issues)
    {
        var files = Directory.GetFiles(directory, pattern).Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0) issues.Add(new ImportIssue(directory, 0, null, $"no file {pattern}: the population by sex and single year of age is missing."));
        var estimates = new List<PopulationEstimate>();
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            using var reader = new PopulationCsvReader(stream, Path.GetFileName(file));
            if (!reader.Open())
            {
                issues.Add(reader.FileError!);
                continue;
            }
            estimates.AddRange(reader.Rows());
            issues.AddRange(reader.Issues);
        }
        return estimates;
    }

    private static IReadOnlyList<PopulationGroup> Ethnicity(string directory, IReadOnlyCollection<string> areaCodes, Dictionary<string, string> censusGroups, List<ImportIssue> issues)
    {
        var totals = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var order = censusGroups.Values.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var file in Directory.GetFiles(directory, "census2021_ethnic_group_*.csv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            foreach (var (line, cells) in ReadTable(file, ["Code", "Name", "Ethnic group", "Usual residents"], issues))
            {
                if (!areaCodes.Contains(cells[0], StringComparer.OrdinalIgnoreCase)) continue;
                if (!censusGroups.TryGetValue(OptionText.Normalise(cells[2]), out var group))
                {
                    issues.Add(new ImportIssue(name, line, "Ethnic group", $"'{cells[2]}' is not in census-ethnic-groups.csv, so it is in no comparison group."));
                    continue;
                }
                if (!long.TryParse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture, out var residents))
                {
                    issues.Add(new ImportIssue(name, line, "Usual residents", $"'{cells[3]}' is not a count of people."));
                    continue;
                }
                totals[group] = totals.GetValueOrDefault(group) + residents;
            }
        }
        return order.Select(g => new PopulationGroup(g, totals.GetValueOrDefault(g))).ToArray();
    }

    /// <summary>A small CSV with a header (quoted fields allowed): its rows' cells in the header's order, by 1-based line.</summary>
    private static List<(long Line, string[] Cells)> ReadTable(string path, string[] columns, List<ImportIssue> issues)
    {
        var name = Path.GetFileName(path);
        var rows = new List<(long, string[])>();
        if (!File.Exists(path))
        {
            issues.Add(new ImportIssue(name, 0, null, "the file is missing."));
            return rows;
        }
        using var stream = File.OpenRead(path);
        using var reader = new CsvRecordReader(stream);
        if (!reader.Read()) return rows;
        var header = Enumerable.Range(0, reader.FieldCount).Select(i => Encoding.UTF8.GetString(reader.Field(i)).Trim()).ToArray();
        var positions = columns.Select(c => Array.FindIndex(header, h => h.Equals(c, StringComparison.OrdinalIgnoreCase))).ToArray();
        var missing = columns.Where((c, i) => positions[i] < 0).ToArray();
        if (missing.Length > 0)
        {
            issues.Add(new ImportIssue(name, 1, missing[0], $"the header has no '{string.Join("', '", missing)}' column; expected {string.Join(",", columns)}."));
            return rows;
        }
        while (reader.Read())
        {
            if (reader.FieldCount == 1 && reader.Field(0).IsEmpty) continue;
            var cells = positions.Select(p => p < reader.FieldCount ? Encoding.UTF8.GetString(reader.Field(p)).Trim() : "").ToArray();
            rows.Add((reader.LineNumber, cells));
        }
        return rows;
    }

    private static int? Int(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
