using System.Text.RegularExpressions;
using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Csp.Reporting.Docx;

/// <summary>
/// Writes one report into one Word package: the parts (styles, numbering, settings, header, footer, pictures) and the
/// body in reading order: cover, summary, sections, data sources. One instance per document; the partial files hold the
/// cover, the blocks, the tables, the figures and the sources.
/// </summary>
internal sealed partial class DocxBuilder(WordprocessingDocument package, ReportDocument document, IReadOnlyDictionary<string, FigureImage> images)
{
    private readonly DocxNumbering _numbering = new();
    private readonly Body _body = new();
    private MainDocumentPart _main = null!;

    public void Build()
    {
        _main = package.AddMainDocumentPart();
        _main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Build();
        _main.AddNewPart<DocumentSettingsPart>().Settings = Settings();

        AddCover();
        foreach (var block in document.Summary) AddBlock(block, inSummary: true);
        foreach (var section in document.Sections) AddSection(section);
        AddSources();

        _main.AddNewPart<NumberingDefinitionsPart>().Numbering = _numbering.Build();
        _body.Append(PageSetup());
        _main.Document = new Document(_body);
    }

    private void AddSection(ReportSection section)
    {
        _body.Append(Heading(DocxStyles.Heading1, section.Number is null ? section.Title : $"{section.Number.TrimEnd('.')}.\t{section.Title}"));
        foreach (var block in section.Blocks) AddBlock(block, inSummary: false);
    }

    /// <summary>
    /// A4 portrait. The cover carries the classification in its own box, so the first page has no page header (Word's
    /// "different first page"); every later page repeats the classification at the top. Every page has the footer.
    /// </summary>
    private SectionProperties PageSetup()
    {
        var header = _main.AddNewPart<HeaderPart>();
        header.Header = PageHeader();
        var firstHeader = _main.AddNewPart<HeaderPart>();
        firstHeader.Header = new Header(Para(DocxStyles.Header));
        var footer = _main.AddNewPart<FooterPart>();
        footer.Footer = PageFooter();
        var firstFooter = _main.AddNewPart<FooterPart>();
        firstFooter.Footer = PageFooter();
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = _main.GetIdOfPart(header) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = _main.GetIdOfPart(firstHeader) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = _main.GetIdOfPart(footer) },
            new FooterReference { Type = HeaderFooterValues.First, Id = _main.GetIdOfPart(firstFooter) },
            new PageSize { Width = DocxPage.WidthTwips, Height = DocxPage.HeightTwips, Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = DocxPage.MarginTwips,
                Bottom = DocxPage.MarginTwips,
                Left = DocxPage.MarginTwips,
                Right = DocxPage.MarginTwips,
                Header = DocxPage.HeaderFooterDistanceTwips,
                Footer = DocxPage.HeaderFooterDistanceTwips,
                Gutter = 0,
            },
            new Columns { Space = "708" },
            new TitlePage(),
            new DocGrid { LinePitch = 360 });
    }

    /// <summary>The classification on every page, as protective markings are printed.</summary>
    private Header PageHeader() =>
        new(Para(DocxStyles.Header, Run("Classification: " + document.Classification.Label)));

    /// <summary>The report's title on the left and "Page 3 of 12" on the right.</summary>
    private Footer PageFooter() =>
        new(Para(DocxStyles.Footer,
            Run(document.Title),
            new Run(new TabChar()),
            Run("Page "),
            Field(" PAGE "),
            Run(" of "),
            Field(" NUMPAGES ")));

    private static SimpleField Field(string instruction) =>
        new(new Run(new RunProperties(new NoProof()), new Text("1"))) { Instruction = instruction };

    private static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 709 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));

    private static Paragraph Heading(string style, string text) => Para(style, Run(text));

    internal static Paragraph Para(string style, params OpenXmlElement[] content) => Para(new ParagraphProperties(new ParagraphStyleId { Val = style }), content);

    internal static Paragraph Para(ParagraphProperties properties, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>
    /// A run of text; a tab becomes a tab character and a line break a line break, so "2.1\tText" lines up. A minus sign
    /// that starts a number is joined to it (U+2060 word joiner), so a line never ends in "(-" with "20.9%" on the next.
    /// </summary>
    internal static Run Run(string text, bool bold = false)
    {
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        var clean = LeadingMinus().Replace(XmlText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal), "-\u2060");
        var start = 0;
        for (var i = 0; i <= clean.Length; i++)
        {
            if (i < clean.Length && clean[i] is not ('\t' or '\n' or '\r')) continue;
            if (i > start) run.Append(new Text(clean[start..i]) { Space = SpaceProcessingModeValues.Preserve });
            if (i < clean.Length) run.Append(clean[i] == '\t' ? new TabChar() : new Break());
            start = i + 1;
        }
        return run;
    }

    [GeneratedRegex(@"(?<=^|[\s(\[])-(?=\d)")]
    private static partial Regex LeadingMinus();
}
