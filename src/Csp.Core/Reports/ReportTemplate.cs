using System.Text;
using System.Text.RegularExpressions;
using Csp.Core.Imports;

namespace Csp.Core.Reports;

/// <summary>
/// The words of a report that are not computed: who it is for, who signs it, the purpose, the recommendations, the
/// introduction and the commentary. A partnership edits them in a small text file (data/config/report-templates/), not in
/// code. The file is a front matter of <c>name: value</c> fields between <c>---</c> lines, then <c>## Heading</c>
/// sections whose paragraphs are separated by blank lines and whose list items start with "- ". Text may name the
/// figures of the report as placeholders: {area}, {county}, {partnership}, {period}, {baseline}, {year}, {date}, {council}, and {assessment}
/// ("the Dartford and Gravesham Community Safety Strategic Assessment 2025 for Gravesham", without "for ..." when the
/// area is the partnership itself, so that a CSP's report does not name it twice).
/// </summary>
public sealed partial record ReportTemplate(IReadOnlyDictionary<string, TemplateField> Fields, IReadOnlyDictionary<string, TemplateSection> Sections)
{
    /// <summary>The placeholders a template may use; the report builders give each a value.</summary>
    public static readonly IReadOnlySet<string> Placeholders = new HashSet<string>(StringComparer.Ordinal)
    {
        "area", "county", "partnership", "period", "baseline", "year", "date", "council", "assessment",
    };

    public static readonly ReportTemplate Empty = new(
        new Dictionary<string, TemplateField>(StringComparer.OrdinalIgnoreCase), new Dictionary<string, TemplateSection>(StringComparer.OrdinalIgnoreCase));

    /// <summary>A front-matter field ("report to"), or null when the template does not give it.</summary>
    public string? Field(string name, IReadOnlyDictionary<string, string> values) =>
        Fields.TryGetValue(name, out var field) ? Fill(field.Text, values) : null;

    /// <summary>A section's paragraphs and list items with the placeholders filled in, or null when the template has no such section.</summary>
    public TemplateSection? Section(string heading, IReadOnlyDictionary<string, string> values) =>
        Sections.TryGetValue(heading, out var section)
            ? section with { Parts = section.Parts.Select(p => p with { Text = Fill(p.Text, values) }).ToList() }
            : null;

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        PlaceholderPattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    /// <summary>
    /// Reads a template. Problems come back as issues naming the file and line: an unknown placeholder is an error (a
    /// committee report must not go out reading "{aera}"), a section the report does not use only a warning.
    /// </summary>
    /// <param name="knownSections">The section headings the report uses; others are reported.</param>
    public static ReportTemplate Parse(string text, string fileName, IReadOnlyCollection<string> knownSections, List<ImportIssue> errors, List<ImportIssue> warnings)
    {
        var fields = new Dictionary<string, TemplateField>(StringComparer.OrdinalIgnoreCase);
        var sections = new Dictionary<string, TemplateSection>(StringComparer.OrdinalIgnoreCase);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var i = 0;
        while (i < lines.Length && lines[i].Trim().Length == 0) i++;
        if (i < lines.Length && lines[i].Trim() == "---")
        {
            for (i++; i < lines.Length && lines[i].Trim() != "---"; i++)
            {
                var line = lines[i].Trim();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    errors.Add(new ImportIssue(fileName, i + 1, null, $"'{line}' is not a field: write 'name: value' between the --- lines."));
                    continue;
                }
                var name = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                CheckPlaceholders(value, fileName, i + 1, name, errors);
                fields[name] = new TemplateField(value, i + 1);
            }
            if (i >= lines.Length) errors.Add(new ImportIssue(fileName, lines.Length, null, "The front matter is not closed: end it with a line '---'."));
            i++;
        }

        string? heading = null;
        var headingLine = 0;
        var parts = new List<TemplatePart>();
        var paragraph = new StringBuilder();
        var paragraphLine = 0;
        void EndParagraph()
        {
            if (paragraph.Length == 0) return;
            parts.Add(new TemplatePart(paragraph.ToString(), false, paragraphLine));
            paragraph.Clear();
        }
        void EndSection()
        {
            EndParagraph();
            if (heading is not null)
            {
                if (!knownSections.Contains(heading, StringComparer.OrdinalIgnoreCase))
                {
                    warnings.Add(new ImportIssue(fileName, headingLine, heading, $"This report has no section '{heading}'; it is left out. Its sections are: {string.Join(", ", knownSections)}."));
                }
                sections[heading] = new TemplateSection(heading, parts.ToList(), headingLine);
            }
            parts.Clear();
        }
        for (; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                EndSection();
                heading = line[3..].Trim();
                headingLine = i + 1;
                continue;
            }
            if (line.Trim().Length == 0)
            {
                EndParagraph();
                continue;
            }
            if (heading is null)
            {
                errors.Add(new ImportIssue(fileName, i + 1, null, "Text before the first '## Heading' belongs to no section: start a section with '## Heading'."));
                continue;
            }
            CheckPlaceholders(line, fileName, i + 1, heading, errors);
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal))
            {
                EndParagraph();
                parts.Add(new TemplatePart(trimmed[2..].Trim(), true, i + 1));
                continue;
            }
            // A continuation line of a list item joins the item; otherwise the line joins the paragraph.
            if (paragraph.Length == 0 && parts.Count > 0 && parts[^1].IsListItem && char.IsWhiteSpace(line[0]))
            {
                parts[^1] = parts[^1] with { Text = parts[^1].Text + " " + trimmed };
                continue;
            }
            if (paragraph.Length == 0) paragraphLine = i + 1;
            else paragraph.Append(' ');
            paragraph.Append(trimmed);
        }
        EndSection();
        return new ReportTemplate(fields, sections);
    }

    private static void CheckPlaceholders(string text, string fileName, int line, string field, List<ImportIssue> errors)
    {
        foreach (Match m in PlaceholderPattern().Matches(text))
        {
            if (!Placeholders.Contains(m.Groups[1].Value))
            {
                errors.Add(new ImportIssue(fileName, line, field, $"'{{{m.Groups[1].Value}}}' is not a placeholder; use one of {string.Join(", ", Placeholders.Order(StringComparer.Ordinal).Select(p => "{" + p + "}"))}."));
            }
        }
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9_-]*)\}")]
    private static partial Regex PlaceholderPattern();
}

/// <param name="Line">Where it is in the file, for messages.</param>
public sealed record TemplateField(string Text, int Line);

/// <summary>A <c>## Heading</c> section of a template: its paragraphs and list items in order.</summary>
public sealed record TemplateSection(string Heading, IReadOnlyList<TemplatePart> Parts, int Line)
{
    public IEnumerable<string> Paragraphs => Parts.Where(p => !p.IsListItem).Select(p => p.Text);

    public IEnumerable<string> ListItems => Parts.Where(p => p.IsListItem).Select(p => p.Text);
}

public sealed record TemplatePart(string Text, bool IsListItem, int Line);
