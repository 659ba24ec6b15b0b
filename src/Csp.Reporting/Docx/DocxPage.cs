namespace Csp.Reporting.Docx;

/// <summary>
/// The page every document is laid out on: A4 portrait with 2 cm margins, as council committee papers are. Word measures
/// the page in twentieths of a point (twips: 567 to the centimetre) and pictures in EMUs (360,000 to the centimetre).
/// </summary>
internal static class DocxPage
{
    public const int WidthTwips = 11906;
    public const int HeightTwips = 16838;
    public const int MarginTwips = 1134;
    public const int HeaderFooterDistanceTwips = 567;

    /// <summary>The width of the text between the margins: 17 cm.</summary>
    public const int TextWidthTwips = WidthTwips - 2 * MarginTwips;

    public const long EmuPerTwip = 635;
    public const long TextWidthEmu = TextWidthTwips * EmuPerTwip;

    /// <summary>The tallest a figure may be drawn (15 cm), so that its title, picture and source line fit on one page.</summary>
    public const long MaxFigureHeightEmu = 15L * 360_000;

    /// <summary>The indent of numbered paragraphs' text after "2.1": 1.25 cm, as the seeds set it.</summary>
    public const int NumberIndentTwips = 709;
}
