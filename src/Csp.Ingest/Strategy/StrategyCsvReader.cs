using System.Globalization;
using Csp.Core.Imports;
using Csp.Core.Strategy;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Strategy;

/// <summary>
/// A strategy as CSV <c>theme,section,text,source</c>, one row per paragraph or list item in reading order. Theme 0 is the
/// strategy itself: <c>title</c>, <c>period</c> ("2016-19"), <c>refresh</c> (the year of this version), <c>priority</c>
/// (each Strategic Assessment priority) and <c>cross-cutting</c>. Themes 1 and up: <c>title</c> (once), <c>why</c>,
/// <c>fact</c>, optionally <c>focus</c> (seed 003's "What will be our focus?"), <c>do</c> (what we will do), optionally
/// seed 003's four strands of it (<c>do-prevention</c>, <c>do-early-identification</c>, <c>do-supportive-intervention</c>,
/// <c>do-enforcement</c>), <c>outcome</c> (what we want to achieve),
/// <c>measure</c>, <c>group</c> (a key delivery group) and <c>priority</c> (the assessment priorities it brings together).
/// A bad row is an issue naming its file, line and field; the strategy is null when the file lacks a title, period,
/// refresh or any theme.
/// </summary>
public static class StrategyCsvReader
{
    private static readonly string[] Required = ["theme", "section", "text"];
    private static readonly string[] StrategySections = ["title", "period", "refresh", "priority", "cross-cutting"];
    private static readonly string[] ThemeSections = ["title", "why", "fact", "focus", "do", .. StrategyStrand.All.Select(s => s.Section), "outcome", "measure", "group", "priority"];

    public static (CommunitySafetyStrategy? Strategy, IReadOnlyList<ImportIssue> Issues) Read(Stream stream, string fileName)
    {
        using var csv = new CsvInput(stream, fileName);
        if (!csv.ReadHeader(Required, "a strategy file (theme,section,text,source)")) return (null, [csv.FileError!]);
        int theme = csv.Column("theme"), section = csv.Column("section"), text = csv.Column("text"), source = csv.Column("source");
        var rows = new List<(int Theme, string Section, string Text, string? Source)>();
        while (csv.ReadRow())
        {
            if (!csv.TryText(theme, "theme", null, out var themeText) || !csv.TryText(section, "section", null, out var sectionText) || !csv.TryText(text, "text", null, out var value)) continue;
            if (!int.TryParse(themeText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 99)
            {
                csv.Quarantine("theme", $"'{themeText}' is not a theme number (0 for the strategy itself, 1 and up for its themes).");
                continue;
            }
            var name = sectionText.ToLowerInvariant();
            var allowed = number == 0 ? StrategySections : ThemeSections;
            if (!allowed.Contains(name))
            {
                csv.Quarantine("section", $"'{sectionText}' is not a section of {(number == 0 ? "the strategy" : "a theme")}; expected {string.Join(", ", allowed)}.");
                continue;
            }
            if (value.Length == 0)
            {
                csv.Quarantine("text", "the text is empty.");
                continue;
            }
            if (name == "refresh" && !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                csv.Quarantine("text", $"the refresh '{value}' is not a year.");
                continue;
            }
            string sourceText = "";
            if (source >= 0 && !csv.TryText(source, "source", null, out sourceText)) continue;
            rows.Add((number, name, value, sourceText.Length == 0 ? null : sourceText));
        }
        var issues = csv.Issues.ToList();
        string? One(int t, string s) => rows.LastOrDefault(r => r.Theme == t && r.Section == s).Text;
        List<string> All(int t, string s) => rows.Where(r => r.Theme == t && r.Section == s).Select(r => r.Text).ToList();
        var themes = new List<StrategyTheme>();
        foreach (var t in rows.Select(r => r.Theme).Where(t => t > 0).Distinct().Order())
        {
            if (One(t, "title") is not { } title)
            {
                issues.Add(new ImportIssue(fileName, 0, "section", $"theme {t} has no title row: its rows are not read."));
                continue;
            }
            themes.Add(new StrategyTheme(t, title, All(t, "why"), All(t, "fact"), All(t, "do"), All(t, "outcome"), All(t, "measure"), All(t, "group"), All(t, "priority"))
            {
                Focus = All(t, "focus"),
                Strands = StrategyStrand.All.Select(s => new StrategyStrand(s.Heading, All(t, s.Section))).Where(s => s.Items.Count > 0).ToList(),
            });
        }
        var missing = new[] { "title", "period", "refresh" }.Where(s => One(0, s) is null).ToList();
        if (missing.Count > 0 || themes.Count == 0)
        {
            issues.Add(new ImportIssue(fileName, 0, null, missing.Count > 0
                ? $"the strategy has no {string.Join(", ", missing)} (theme 0 rows): nothing of it is read."
                : "the strategy has no themes (rows with theme 1 and up): nothing of it is read."));
            return (null, issues);
        }
        var sources = rows.Select(r => r.Source).OfType<string>().ToList();
        var provenance = sources.Count == 0 ? null : $"{sources.Count} of {rows.Count} rows transcribed from a source, e.g. {sources[0]}";
        return (new CommunitySafetyStrategy(One(0, "title")!, One(0, "period")!, int.Parse(One(0, "refresh")!, CultureInfo.InvariantCulture), All(0, "priority"),
            All(0, "cross-cutting"), themes, provenance), issues);
    }
}
