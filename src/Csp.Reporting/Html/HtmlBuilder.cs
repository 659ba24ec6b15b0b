using System.Globalization;
using System.Net;
using System.Text;
using Csp.Core.Reports;
using Csp.Reporting.Figures;
using Csp.Reporting.Rendering;

namespace Csp.Reporting.Html;

/// <summary>Writes one <see cref="ReportDocument"/> as HTML. One instance per page: it keeps the anchors it has handed out.</summary>
internal sealed class HtmlBuilder(ReportDocument document, DateTimeOffset produced)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");
    private static readonly Lazy<string> Styles = new(() =>
    {
        using var stream = typeof(HtmlBuilder).Assembly.GetManifestResourceStream("Csp.Reporting.Html.report.css")
            ?? throw new InvalidOperationException("The report stylesheet (Html/report.css) is not embedded in Csp.Reporting.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private readonly StringBuilder _html = new(64 * 1024);
    private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);

    public string Build()
    {
        _html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append("<meta name=\"generator\" content=\"CSP Workbench\" />\n")
            .Append("<meta name=\"classification\" content=\"").Append(Attr(document.Classification.Label)).Append("\" />\n")
            .Append("<title>").Append(Text(document.Title)).Append("</title>\n<style>\n").Append(Styles.Value).Append("</style>\n</head>\n<body class=\"report-").Append(Attr(document.Kind)).Append("\">\n");
        Cover();
        _html.Append("<main>\n");
        if (document.Summary.Count > 0)
        {
            _html.Append("<section class=\"summary\" aria-label=\"Summary\">\n");
            foreach (var block in document.Summary) Block(block, subheading: "h2");
            _html.Append("</section>\n");
        }
        Contents();
        var sectionIndex = 0;
        foreach (var section in document.Sections) Section(section, ++sectionIndex);
        Sources();
        _html.Append("</main>\n<footer class=\"produced\"><p>")
            .Append(Text($"{document.Classification.Label}. Produced by CSP Workbench on {produced.ToString("d MMMM yyyy", EnGb)}."))
            .Append("</p></footer>\n</body>\n</html>\n");
        return _html.ToString();
    }

    private void Cover()
    {
        _html.Append("<header class=\"cover\">\n<p class=\"classification\">Classification: ").Append(Text(document.Classification.Label)).Append("</p>\n");
        _html.Append("<h1>").Append(Text(document.Title)).Append("</h1>\n");
        if (document.Subtitle is { Length: > 0 } subtitle) _html.Append("<p class=\"subtitle\">").Append(Text(subtitle)).Append("</p>\n");
        if (document.Cover.Count > 0)
        {
            _html.Append("<table class=\"front-sheet\">\n<tbody>\n");
            foreach (var field in document.Cover)
            {
                _html.Append("<tr><th scope=\"row\">").Append(Text(field.Label)).Append(":</th><td>").Append(Text(field.Value)).Append("</td></tr>\n");
            }
            _html.Append("</tbody>\n</table>\n");
        }
        _html.Append("</header>\n");
    }

    /// <summary>A contents list when there are enough sections to need one.</summary>
    private void Contents()
    {
        if (document.Sections.Count < 4) return;
        _html.Append("<nav class=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
        var i = 0;
        foreach (var section in document.Sections)
        {
            i++;
            _html.Append("<li><a href=\"#section-").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(section.Number is null ? "" : Text(section.Number) + ". ").Append(Text(section.Title)).Append("</a></li>\n");
        }
        _html.Append("<li><a href=\"#sources\">Data sources</a></li>\n</ol>\n</nav>\n");
    }

    private void Section(ReportSection section, int index)
    {
        var id = "section-" + index.ToString(CultureInfo.InvariantCulture);
        _anchors.Add(id);
        _html.Append("<section class=\"report-section\" id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-heading\">\n<h2 id=\"").Append(id).Append("-heading\">");
        if (section.Number is { } number) _html.Append("<span class=\"section-number\">").Append(Text(number.TrimEnd('.'))).Append(".</span> ");
        _html.Append(Text(section.Title)).Append("</h2>\n");
        foreach (var block in section.Blocks) Block(block);
        _html.Append("</section>\n");
    }

    /// <param name="subheading">h2 in the summary (it comes straight after the title), h3 inside a numbered section.</param>
    private void Block(ReportBlock block, string subheading = "h3")
    {
        switch (block)
        {
            case ParagraphBlock { Number: { } number } p:
                _html.Append("<p class=\"numbered\"><span class=\"paragraph-number\">").Append(Text(number)).Append("</span><span>").Append(Text(p.Text)).Append("</span></p>\n");
                break;
            case ParagraphBlock p:
                _html.Append("<p>").Append(Text(p.Text)).Append("</p>\n");
                break;
            case SubheadingBlock h:
                _html.Append('<').Append(subheading).Append('>').Append(Text(h.Text)).Append("</").Append(subheading).Append(">\n");
                break;
            case ListBlock list:
                var tag = list.Numbered ? "ol" : "ul";
                _html.Append('<').Append(tag).Append(">\n");
                foreach (var item in list.Items) _html.Append("<li>").Append(Text(item)).Append("</li>\n");
                _html.Append("</").Append(tag).Append(">\n");
                break;
            case NoteBlock note:
                _html.Append("<div class=\"note").Append(note.Kind == NoteKind.Warning ? " warning" : "").Append("\" role=\"note\"><p>");
                if (note.Kind == NoteKind.Warning) _html.Append("<strong>Please note:</strong> ");
                _html.Append(Text(note.Text)).Append("</p></div>\n");
                break;
            case TableBlock table:
                foreach (var part in PrintableTable.Split(table.Table)) Table(part);
                break;
            case FigureBlock figure:
                Figure(figure);
                break;
            default:
                throw new NotSupportedException($"The HTML renderer has no layout for {block.GetType().Name}.");
        }
    }

    private void Table(ReportTable table, string? extraClass = null)
    {
        _html.Append("<figure class=\"table").Append(extraClass is null ? "" : " " + extraClass).Append("\" id=\"").Append(Anchor("table-" + table.Id)).Append("\">\n");
        WriteTable(table);
        if (table.Notes.Count > 0)
        {
            _html.Append("<ul class=\"table-notes\">\n");
            foreach (var note in table.Notes) _html.Append("<li>").Append(Text(note)).Append("</li>\n");
            _html.Append("</ul>\n");
        }
        _html.Append("</figure>\n");
    }

    private void WriteTable(ReportTable table)
    {
        _html.Append("<table class=\"figures\">\n<caption>").Append(Text(table.Caption)).Append("</caption>\n");
        // A header row with no cells is invalid HTML: a table without columns has no header.
        if (table.Columns.Count > 0)
        {
            _html.Append("<thead>\n<tr>");
            foreach (var column in table.Columns)
            {
                _html.Append("<th scope=\"col\"").Append(column.Format == CellFormat.Text ? "" : " class=\"num\"").Append('>').Append(Text(column.Header)).Append("</th>");
            }
            _html.Append("</tr>\n</thead>\n");
        }
        _html.Append("<tbody>\n");
        foreach (var row in table.Columns.Count == 0 ? [] : table.Rows)
        {
            _html.Append(row.Style switch { RowStyle.Group => "<tr class=\"group\">", RowStyle.Highlight => "<tr class=\"highlight\">", _ => "<tr>" });
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var cell = c < row.Cells.Count ? row.Cells[c] : TableCell.Empty;
                var format = table.Columns[c].Format;
                var text = CellText.Format(cell, format);
                // The first column names the row (a category, an area): a row header for screen readers.
                var element = c == 0 && format == CellFormat.Text ? "th" : "td";
                _html.Append('<').Append(element);
                if (element == "th") _html.Append(" scope=\"row\"");
                var classes = (format == CellFormat.Text ? "" : "num") + (cell.Suppressed ? " suppressed" : "");
                if (classes.Trim().Length > 0) _html.Append(" class=\"").Append(classes.Trim()).Append('"');
                if (cell.Suppressed) _html.Append(" title=\"Withheld: small number\"");
                _html.Append('>').Append(Text(text)).Append("</").Append(element).Append('>');
            }
            _html.Append("</tr>\n");
        }
        _html.Append("</tbody>\n</table>\n");
    }

    private void Figure(FigureBlock figure)
    {
        var drawing = FigureSvg.Of(figure);
        _html.Append("<figure class=\"figure\" id=\"").Append(Anchor("figure-" + figure.Id)).Append("\">\n<figcaption>").Append(Text(figure.Title)).Append("</figcaption>\n")
            .Append("<div class=\"drawing\">").Append(drawing.Markup).Append("</div>\n")
            .Append("<p class=\"source\">").Append(Text(figure.Source)).Append("</p>\n");
        if (figure is MapBlock { Map.Caveat: { Length: > 0 } caveat }) _html.Append("<p class=\"caveat\">").Append(Text(caveat)).Append("</p>\n");
        // The figures behind the picture, for a reader who cannot see it or wants the numbers (not printed).
        _html.Append("<details><summary>Show the figures</summary>\n");
        WriteTable(FigureData.Table(figure));
        _html.Append("</details>\n</figure>\n");
    }

    private void Sources()
    {
        _html.Append("<section class=\"report-section sources\" id=\"sources\" aria-labelledby=\"sources-heading\">\n<h2 id=\"sources-heading\">Data sources</h2>\n");
        if (document.Sources.Count == 0)
        {
            _html.Append("<p>No data sources are recorded for this report.</p>\n</section>\n");
            return;
        }
        _html.Append("<table class=\"figures\">\n<caption>Where the figures come from</caption>\n<thead>\n<tr><th scope=\"col\">Source</th><th scope=\"col\">Coverage</th><th scope=\"col\">Licence</th><th scope=\"col\">Notes</th></tr>\n</thead>\n<tbody>\n");
        foreach (var source in document.Sources)
        {
            _html.Append("<tr><th scope=\"row\">").Append(Text(source.Name)).Append("</th><td>").Append(Text(source.Coverage)).Append("</td><td>").Append(Text(source.Licence)).Append("</td><td>");
            if (source.Notes.Count > 0)
            {
                _html.Append("<ul>");
                foreach (var note in source.Notes) _html.Append("<li>").Append(Text(note)).Append("</li>");
                _html.Append("</ul>");
            }
            _html.Append("</td></tr>\n");
        }
        _html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>A unique id from a table or figure id ("Gravesham crime by category" -> "table-gravesham-crime-by-category").</summary>
    private string Anchor(string id)
    {
        var slug = new StringBuilder();
        foreach (var c in id.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var baseId = slug.ToString().Trim('-');
        var anchor = baseId;
        for (var n = 2; !_anchors.Add(anchor); n++) anchor = baseId + "-" + n.ToString(CultureInfo.InvariantCulture);
        return anchor;
    }

    private static string Text(string text) => WebUtility.HtmlEncode(XmlText.Clean(text));

    private static string Attr(string text) => WebUtility.HtmlEncode(XmlText.Clean(text));
}
