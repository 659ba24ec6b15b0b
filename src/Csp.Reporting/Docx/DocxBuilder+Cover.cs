using DocumentFormat.OpenXml.Wordprocessing;

namespace Csp.Reporting.Docx;

internal sealed partial class DocxBuilder
{
    /// <summary>Width of the cover's label column ("Reporting officer:"): 5 cm.</summary>
    private const int CoverLabelTwips = 2835;

    /// <summary>
    /// The front sheet as the seeds lay it out: the classification boxed at the top, the title, then the committee fields
    /// as a two-column table (label, value) without grid lines.
    /// </summary>
    private void AddCover()
    {
        _body.Append(Para(DocxStyles.Classification, Run("Classification: " + document.Classification.Label)));
        _body.Append(Para(DocxStyles.Title, Run(document.Title)));
        if (document.Subtitle is { Length: > 0 } subtitle) _body.Append(Para(DocxStyles.Subtitle, Run(subtitle)));
        if (document.Cover.Count == 0) return;

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = DocxStyles.Twips(DocxPage.TextWidthTwips), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { FirstRow = false, FirstColumn = true, NoHorizontalBand = true, NoVerticalBand = true },
                new TableCaption { Val = "Report details" }),
            new TableGrid(
                new GridColumn { Width = DocxStyles.Twips(CoverLabelTwips) },
                new GridColumn { Width = DocxStyles.Twips(DocxPage.TextWidthTwips - CoverLabelTwips) }));
        foreach (var field in document.Cover)
        {
            var label = field.Label.EndsWith(':') ? field.Label : field.Label + ":";
            table.Append(new TableRow(
                new TableRowProperties(new CantSplit()),
                CoverCell(CoverLabelTwips, Run(label, bold: true)),
                CoverCell(DocxPage.TextWidthTwips - CoverLabelTwips, Run(field.Value))));
        }
        _body.Append(table);
        _body.Append(Para(DocxStyles.Normal));
    }

    private static TableCell CoverCell(int width, Run run) => new(
        new TableCellProperties(
            new TableCellWidth { Width = DocxStyles.Twips(width), Type = TableWidthUnitValues.Dxa },
            new TableCellMargin(new TopMargin { Width = "60", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "60", Type = TableWidthUnitValues.Dxa })),
        Para(new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }), run));
}
