namespace Csp.Chromium;

/// <summary>
/// How a report's HTML is printed to PDF. Sizes are in millimetres. With <see cref="PreferCssPageSize"/> (the default) an
/// <c>@page { size: ...; margin: ... }</c> rule in the HTML wins over the paper size and margins given here; either way the
/// header and footer are drawn inside the top and bottom margins, so those must leave them room (about 12 mm).
/// </summary>
public sealed record PdfOptions
{
    public double PaperWidthMm { get; init; } = 210;

    public double PaperHeightMm { get; init; } = 297;

    public bool Landscape { get; init; }

    public double MarginTopMm { get; init; } = 20;

    public double MarginBottomMm { get; init; } = 20;

    public double MarginLeftMm { get; init; } = 18;

    public double MarginRightMm { get; init; } = 18;

    public bool PreferCssPageSize { get; init; } = true;

    /// <summary>Plain text centred at the top of every page, typically the classification ("Part 1 - Public"). Null: none.</summary>
    public string? Header { get; init; }

    /// <summary>
    /// Plain text centred at the foot of every page, where <c>{page}</c> and <c>{pages}</c> become the page number and
    /// the page count. Null: none.
    /// </summary>
    public string? Footer { get; init; } = "Page {page} of {pages}";

    /// <summary>The PDF's title (shown by readers and screen readers); null keeps the HTML's &lt;title&gt;.</summary>
    public string? Title { get; init; }

    public static PdfOptions A4 { get; } = new();
}
