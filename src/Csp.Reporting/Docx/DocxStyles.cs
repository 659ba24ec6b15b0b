using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Csp.Reporting.Docx;

/// <summary>
/// The styles part: every paragraph of the document takes its look from a named style, so an officer can restyle the
/// report in Word (Home, Styles) and the navigation pane lists the headings (outline levels 1 and 2). Arial, as councils
/// use; LibreOffice draws it with the metric-compatible Liberation Sans.
/// </summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string SummaryHeading = "SummaryHeading";
    public const string NumberedParagraph = "NumberedParagraph";
    public const string ListParagraph = "ListParagraph";
    public const string Caption = "Caption";
    public const string TableText = "TableText";
    public const string TableNote = "TableNote";
    public const string FigureSource = "FigureSource";
    public const string NoteInformation = "NoteInformation";
    public const string NoteWarning = "NoteWarning";
    public const string Classification = "Classification";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string ReportTable = "ReportTable";
    public const string TableNormal = "TableNormal";

    public const string Font = "Arial";

    /// <summary>Dark blue of table headers and headings; white text on it has a contrast ratio of 8.6:1.</summary>
    public const string Accent = "1F4E79";
    public const string GroupFill = "F2F2F2";
    public const string HighlightFill = "DDEBF7";
    public const string RuleColour = "A6A6A6";
    public const string MutedText = "595959";

    public static Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                new FontSize { Val = "22" },
                new FontSizeComplexScript { Val = "22" },
                new Languages { Val = "en-GB", EastAsia = "en-GB", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        ParagraphStyle(Normal, "Normal", null, isDefault: true),
        ParagraphStyle(Title, "Title", Normal,
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }),
            new StyleRunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "40" }, new FontSizeComplexScript { Val = "40" })),
        ParagraphStyle(Subtitle, "Subtitle", Normal,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(new Color { Val = MutedText }, new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })),
        ParagraphStyle(Heading1, "heading 1", Normal,
            new StyleParagraphProperties(
                new KeepNext(), new KeepLines(),
                new Tabs(new TabStop { Val = TabStopValues.Left, Position = DocxPage.NumberIndentTwips }),
                new SpacingBetweenLines { Before = "360", After = "120" },
                new Indentation { Left = Twips(DocxPage.NumberIndentTwips), Hanging = Twips(DocxPage.NumberIndentTwips) },
                new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })),
        ParagraphStyle(Heading2, "heading 2", Normal,
            new StyleParagraphProperties(
                new KeepNext(), new KeepLines(),
                new SpacingBetweenLines { Before = "240", After = "80" },
                new OutlineLevel { Val = 1 }),
            new StyleRunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" })),
        // The cover's "Purpose and summary of report:" and "Recommendations:": bold labels, not headings in the navigation pane.
        ParagraphStyle(SummaryHeading, "Summary Heading", Normal,
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "200", After = "60" }),
            new StyleRunProperties(new Bold())),
        ParagraphStyle(NumberedParagraph, "Numbered Paragraph", Normal,
            new StyleParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Left, Position = DocxPage.NumberIndentTwips }),
                new Indentation { Left = Twips(DocxPage.NumberIndentTwips), Hanging = Twips(DocxPage.NumberIndentTwips) }),
            null),
        ParagraphStyle(ListParagraph, "List Paragraph", Normal,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "60" }, new ContextualSpacing()),
            null),
        ParagraphStyle(Caption, "caption", Normal,
            new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "200", After = "80" }),
            new StyleRunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = "21" }, new FontSizeComplexScript { Val = "21" })),
        ParagraphStyle(TableText, "Table Text", Normal,
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "19" }, new FontSizeComplexScript { Val = "19" })),
        ParagraphStyle(TableNote, "Table Note", Normal,
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40" }),
            new StyleRunProperties(new Color { Val = MutedText }, new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" })),
        ParagraphStyle(FigureSource, "Figure Source", Normal,
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "200" }),
            new StyleRunProperties(new Color { Val = MutedText }, new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" })),
        NoteStyle(NoteInformation, "Note Information", "8EAADB", "EEF3FA"),
        NoteStyle(NoteWarning, "Note Warning", "C55A11", "FFF2CC"),
        ParagraphStyle(Classification, "Classification", Normal,
            new StyleParagraphProperties(
                new ParagraphBorders(Border<TopBorder>("000000", 8), Border<LeftBorder>("000000", 8), Border<BottomBorder>("000000", 8), Border<RightBorder>("000000", 8)),
                new SpacingBetweenLines { Before = "0", After = "240" },
                new Indentation { Left = "5103" },
                new Justification { Val = JustificationValues.Left }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" })),
        ParagraphStyle(Header, "header", Normal,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })),
        ParagraphStyle(Footer, "footer", Normal,
            new StyleParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = DocxPage.TextWidthTwips }),
                new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new Color { Val = MutedText }, new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" })),
        new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = TableNormal, Default = true },
        new Style(
            new StyleName { Val = "Report Table" },
            new BasedOn { Val = TableNormal },
            new UIPriority { Val = 59 },
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "19" }, new FontSizeComplexScript { Val = "19" }),
            new StyleTableProperties(
                new TableBorders(
                    Border<TopBorder>(RuleColour, 4),
                    Border<BottomBorder>(RuleColour, 4),
                    Border<InsideHorizontalBorder>(RuleColour, 4)),
                new TableCellMarginDefault(
                    new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new StyleRunProperties(new Bold(), new Color { Val = "FFFFFF" }),
                new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Accent }))
            { Type = TableStyleOverrideValues.FirstRow })
        { Type = StyleValues.Table, StyleId = ReportTable, CustomStyle = true });

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault = false) =>
        ParagraphStyle(id, name, basedOn, null, null, isDefault);

    private static Style ParagraphStyle(string id, string name, string? basedOn, StyleParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        if (id is not (Normal or Title or Subtitle or Heading1 or Heading2 or Caption or Header or Footer or ListParagraph)) style.CustomStyle = true;
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        if (id is Heading1 or Heading2 or Title) style.Append(new NextParagraphStyle { Val = Normal });
        style.Append(new PrimaryStyle());
        if (paragraph is not null) style.Append(paragraph);
        if (run is not null) style.Append(run);
        return style;
    }

    private static Style NoteStyle(string id, string name, string border, string fill) => ParagraphStyle(id, name, Normal,
        new StyleParagraphProperties(
            new KeepLines(),
            new ParagraphBorders(Border<TopBorder>(border, 6), Border<LeftBorder>(border, 24), Border<BottomBorder>(border, 6), Border<RightBorder>(border, 6)),
            new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill },
            new SpacingBetweenLines { Before = "160", After = "200" },
            new Indentation { Left = "142", Right = "142" }),
        null);

    /// <summary>A single line <paramref name="eighths"/> eighths of a point wide.</summary>
    public static T Border<T>(string colour, uint eighths) where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = eighths, Space = 4, Color = colour };

    public static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
