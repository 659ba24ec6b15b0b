using System.Net;

namespace Csp.Chromium;

/// <summary>
/// The header and footer templates of Page.printToPDF. Chromium draws them in the page margins, in a document of their own
/// that sees none of the report's styles, with a default font size too small to read: every style is inline. Chromium
/// fills the elements of class pageNumber and totalPages.
/// </summary>
internal static class PageTemplates
{
    // Liberation Sans (Debian's fonts-liberation) has Arial's metrics; fontconfig maps Arial to it when installed.
    private const string Style =
        "width:100%; margin:0 12mm; font-family:Arial,'Liberation Sans',sans-serif; font-size:8pt; color:#333; text-align:center;";

    /// <summary>An empty element hides Chromium's default header (the date and title) when only a footer is wanted.</summary>
    private const string Empty = "<span></span>";

    public static string Header(string? text) => text is null ? Empty : $"<div style=\"{Style}\">{WebUtility.HtmlEncode(text)}</div>";

    public static string Footer(string? text) =>
        text is null
            ? Empty
            : $"<div style=\"{Style}\">{WebUtility.HtmlEncode(text)
                .Replace("{page}", "<span class=\"pageNumber\"></span>", StringComparison.Ordinal)
                .Replace("{pages}", "<span class=\"totalPages\"></span>", StringComparison.Ordinal)}</div>";
}
