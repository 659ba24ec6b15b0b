using System.Text.RegularExpressions;

namespace Csp.Core.Reports;

/// <summary>
/// The last check before a public (Part 1) report leaves the product: no text in it may hold a full UK postcode, the
/// finest location a resident's data carries (a partner's pasted commentary is the usual way one gets in). Figures are
/// already suppressed by <see cref="SmallNumbers"/> as the report is built.
/// </summary>
public static partial class PublicOutput
{
    /// <summary>What in the document may not be published, in words that say where it is; empty when it may be.</summary>
    public static IReadOnlyList<string> Problems(ReportDocument document)
    {
        if (!document.Classification.IsPublic) return [];
        var problems = new List<string>();
        void Check(string where, string? text)
        {
            if (text is null) return;
            foreach (Match m in Postcode().Matches(text)) problems.Add($"{where} holds the postcode '{m.Value}': a public report may not show postcode-level detail.");
        }
        Check("The title", document.Title);
        Check("The subtitle", document.Subtitle);
        foreach (var field in document.Cover) Check($"The front sheet field '{field.Label}'", field.Value);
        foreach (var (block, section) in document.Summary.Select(b => (b, "the summary")).Concat(document.Sections.SelectMany(s => s.Blocks.Select(b => (b, $"section '{s.Title}'")))))
        {
            switch (block)
            {
                case ParagraphBlock p: Check($"A paragraph in {section}", p.Text); break;
                case SubheadingBlock h: Check($"A heading in {section}", h.Text); break;
                case NoteBlock n: Check($"A note in {section}", n.Text); break;
                case ListBlock l: foreach (var item in l.Items) Check($"A list in {section}", item); break;
                case TableBlock t:
                    Check($"Table '{t.Table.Caption}'", t.Table.Caption);
                    foreach (var cell in t.Table.Rows.SelectMany(r => r.Cells)) Check($"Table '{t.Table.Caption}'", cell.Text);
                    foreach (var note in t.Table.Notes) Check($"Table '{t.Table.Caption}'", note);
                    break;
                case ChartBlock c:
                    Check($"Chart '{c.Title}'", c.Title);
                    foreach (var category in c.Chart.Categories) Check($"Chart '{c.Title}'", category);
                    break;
                case MapBlock m:
                    Check($"Map '{m.Title}'", m.Title);
                    foreach (var area in m.Map.Areas) Check($"Map '{m.Title}'", area.Name);
                    break;
            }
        }
        return problems;
    }

    /// <summary>A full UK postcode: outward code (A9, A99, AA9, AA99, A9A, AA9A) and inward code (9AA), with or without the space.</summary>
    [GeneratedRegex(@"\b(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNPR-Y]? ?[0-9][ABD-HJLNP-UW-Z]{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Postcode();
}
