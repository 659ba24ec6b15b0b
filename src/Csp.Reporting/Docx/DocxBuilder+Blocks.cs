using Csp.Core.Reports;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Csp.Reporting.Docx;

internal sealed partial class DocxBuilder
{
    private void AddBlock(ReportBlock block, bool inSummary)
    {
        switch (block)
        {
            case ParagraphBlock p when p.Number is not null:
                _body.Append(Para(DocxStyles.NumberedParagraph, Run($"{p.Number}\t{p.Text}")));
                break;
            case ParagraphBlock p:
                _body.Append(Para(DocxStyles.Normal, Run(p.Text)));
                break;
            case SubheadingBlock h:
                _body.Append(Heading(inSummary ? DocxStyles.SummaryHeading : DocxStyles.Heading2, h.Text));
                break;
            case ListBlock list:
                AddList(list);
                break;
            case NoteBlock note:
                AddNote(note);
                break;
            case TableBlock t:
                AddTable(t.Table);
                break;
            case FigureBlock figure:
                AddFigure(figure);
                break;
            default:
                throw new NotSupportedException($"The Word renderer has no layout for a {block.GetType().Name} block.");
        }
    }

    private void AddList(ListBlock list)
    {
        var instance = list.Numbered ? _numbering.NewNumberedList() : _numbering.Bullets;
        foreach (var item in list.Items) _body.Append(ListItem(instance, item));
    }

    private static Paragraph ListItem(int instance, string text) =>
        Para(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.ListParagraph }, DocxNumbering.For(instance)), Run(text));

    /// <summary>
    /// A note set apart in a shaded, bordered box. The word "Warning" or "Note" leads it, so the difference does not rest
    /// on colour alone.
    /// </summary>
    private void AddNote(NoteBlock note)
    {
        var (style, lead) = note.Kind == NoteKind.Warning ? (DocxStyles.NoteWarning, "Warning: ") : (DocxStyles.NoteInformation, "Note: ");
        _body.Append(Para(style, Run(lead, bold: true), Run(note.Text)));
    }
}
