using System.Globalization;
using System.Net;
using System.Text;

namespace Csp.Reporting.Figures;

/// <summary>
/// Appends SVG markup: coordinates written invariantly with at most two decimals (enough at 96 dpi and small for maps
/// with thousands of points), text escaped. Charts and maps are drawn with it and nothing else, so the HTML, the PDF
/// printed from it and the PNG pictures in Word are the same drawing.
/// </summary>
internal sealed class SvgWriter
{
    private readonly StringBuilder _sb = new();

    public const string FontFamily = "'Liberation Sans', Arial, Helvetica, sans-serif";

    public SvgWriter Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    public static string N(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Escape(string text) => WebUtility.HtmlEncode(Rendering.XmlText.Clean(text));

    public SvgWriter Open(string element, params (string Name, string? Value)[] attributes)
    {
        _sb.Append('<').Append(element);
        Attributes(attributes);
        _sb.Append('>');
        return this;
    }

    public SvgWriter Empty(string element, params (string Name, string? Value)[] attributes)
    {
        _sb.Append('<').Append(element);
        Attributes(attributes);
        _sb.Append("/>");
        return this;
    }

    public SvgWriter Close(string element)
    {
        _sb.Append("</").Append(element).Append('>');
        return this;
    }

    /// <summary>A hover tooltip (and a name for assistive technology) for the element just opened.</summary>
    public SvgWriter Title(string text) => Raw("<title>").Raw(Escape(text)).Raw("</title>");

    public SvgWriter Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? dash = null) =>
        Empty("line", ("x1", N(x1)), ("y1", N(y1)), ("x2", N(x2)), ("y2", N(y2)), ("stroke", stroke), ("stroke-width", N(width)), ("stroke-dasharray", dash));

    public SvgWriter Rect(double x, double y, double width, double height, string fill, string? stroke = null) =>
        Empty("rect", ("x", N(x)), ("y", N(y)), ("width", N(Math.Max(0, width))), ("height", N(Math.Max(0, height))), ("fill", fill), ("stroke", stroke));

    /// <summary>Text at (x, y): <paramref name="anchor"/> start, middle or end; y is the baseline.</summary>
    /// <param name="halo">Draw a white outline under the letters, so that a label laid over lines stays readable.</param>
    public SvgWriter Text(double x, double y, string text, double size = 12, string anchor = "start", string fill = FigurePalette.Ink, string? weight = null, string? transform = null, bool halo = false)
    {
        Open("text", ("x", N(x)), ("y", N(y)), ("font-size", N(size)), ("text-anchor", anchor == "start" ? null : anchor), ("fill", fill), ("font-weight", weight), ("transform", transform),
            ("stroke", halo ? "#ffffff" : null), ("stroke-width", halo ? "3" : null), ("paint-order", halo ? "stroke" : null), ("stroke-linejoin", halo ? "round" : null));
        _sb.Append(Escape(text));
        return Close("text");
    }

    private void Attributes((string Name, string? Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            _sb.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
        }
    }

    public override string ToString() => _sb.ToString();
}
