using System.Globalization;
using System.Xml;
using SkiaSharp;

namespace Csp.Reporting.Figures;

/// <summary>
/// Paints the SVG that <see cref="SvgWriter"/> writes onto a Skia canvas: the same drawing the web page and the PDF show,
/// drawn in-process for the pictures in Word. It reads exactly the vocabulary the charts and maps use (rect, line,
/// circle, path, text with a halo and a rotation, a pattern fill; titles are tooltips and are not drawn) and refuses
/// anything else by name, so that a new kind of mark cannot go missing from the Word pictures unnoticed.
/// </summary>
internal static class SvgPainter
{
    private static readonly HashSet<string> Ignored = ["xmlns", "role", "aria-label", "class", "id", "font-family", "viewBox", "patternUnits"];

    /// <summary>Paints <paramref name="markup"/> (one &lt;svg&gt; element) onto <paramref name="canvas"/> in its own CSS pixels.</summary>
    public static void Paint(string markup, SKCanvas canvas, FigureFonts fonts)
    {
        using var reader = XmlReader.Create(new StringReader(markup), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, IgnoreComments = true });
        var patterns = new Dictionary<string, SKShader>(StringComparer.Ordinal);
        try
        {
            reader.MoveToContent();
            if (reader.LocalName != "svg") throw Unsupported("a root element <" + reader.LocalName + ">");
            Check(reader, "svg", "width", "height");
            if (reader.IsEmptyElement) return;
            reader.Read();
            PaintChildren(reader, canvas, fonts, patterns, depth: 1);
        }
        finally
        {
            foreach (var shader in patterns.Values) shader.Dispose();
        }
    }

    private static void PaintChildren(XmlReader reader, SKCanvas canvas, FigureFonts fonts, Dictionary<string, SKShader> patterns, int depth)
    {
        while (reader.Depth >= depth && !reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            switch (reader.LocalName)
            {
                case "title":
                case "desc":
                    reader.Skip();
                    break;
                case "defs":
                    ReadDefs(reader, fonts, patterns);
                    break;
                case "rect":
                    Check(reader, "rect", "x", "y", "width", "height", "fill", "stroke", "stroke-width");
                    var box = SKRect.Create(Number(reader, "x"), Number(reader, "y"), Number(reader, "width"), Number(reader, "height"));
                    Shape(reader, canvas, patterns, (c, p) => c.DrawRect(box, p));
                    break;
                case "line":
                    Check(reader, "line", "x1", "y1", "x2", "y2", "stroke", "stroke-width", "stroke-dasharray");
                    var (x1, y1, x2, y2) = (Number(reader, "x1"), Number(reader, "y1"), Number(reader, "x2"), Number(reader, "y2"));
                    Shape(reader, canvas, patterns, (c, p) => c.DrawLine(x1, y1, x2, y2, p), defaultFill: "none");
                    break;
                case "circle":
                    Check(reader, "circle", "cx", "cy", "r", "fill", "stroke", "stroke-width");
                    var (cx, cy, r) = (Number(reader, "cx"), Number(reader, "cy"), Number(reader, "r"));
                    Shape(reader, canvas, patterns, (c, p) => c.DrawCircle(cx, cy, r, p));
                    break;
                case "path":
                    Check(reader, "path", "d", "fill", "stroke", "stroke-width", "stroke-dasharray", "stroke-linejoin", "fill-rule");
                    using (var path = SKPath.ParseSvgPathData(reader.GetAttribute("d") ?? "") ?? throw Unsupported($"the path data '{reader.GetAttribute("d")}'"))
                    {
                        if (reader.GetAttribute("fill-rule") == "evenodd") path.FillType = SKPathFillType.EvenOdd;
                        Shape(reader, canvas, patterns, (c, p) => c.DrawPath(path, p));
                    }
                    break;
                case "text":
                    DrawText(reader, canvas, fonts);
                    break;
                default:
                    throw Unsupported("the element <" + reader.LocalName + ">");
            }
        }
    }

    /// <summary>Fills then strokes a shape, as SVG does, with the element's paint; then moves past the element.</summary>
    private static void Shape(XmlReader reader, SKCanvas canvas, Dictionary<string, SKShader> patterns, Action<SKCanvas, SKPaint> draw, string defaultFill = "#000000")
    {
        var fill = reader.GetAttribute("fill") ?? defaultFill;
        var stroke = reader.GetAttribute("stroke");
        if (fill != "none")
        {
            using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
            if (fill.StartsWith("url(#", StringComparison.Ordinal))
            {
                var id = fill[5..^1];
                paint.Shader = patterns.TryGetValue(id, out var shader) ? shader : throw Unsupported($"a fill of an undefined pattern '{id}'");
            }
            else paint.Color = Colour(fill);
            draw(canvas, paint);
        }
        if (stroke is not null && stroke != "none")
        {
            using var paint = new SKPaint
            {
                IsAntialias = true,
                Style = SKPaintStyle.Stroke,
                Color = Colour(stroke),
                StrokeWidth = reader.GetAttribute("stroke-width") is { } w ? Parse(w, "stroke-width") : 1,
                StrokeJoin = reader.GetAttribute("stroke-linejoin") == "round" ? SKStrokeJoin.Round : SKStrokeJoin.Miter,
            };
            if (reader.GetAttribute("stroke-dasharray") is { } dash)
            {
                var intervals = dash.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(d => Parse(d, "stroke-dasharray")).ToArray();
                if (intervals.Length % 2 == 1) intervals = [.. intervals, .. intervals];
                paint.PathEffect = SKPathEffect.CreateDash(intervals, 0);
            }
            draw(canvas, paint);
        }
        reader.Skip();
    }

    private static void DrawText(XmlReader reader, SKCanvas canvas, FigureFonts fonts)
    {
        Check(reader, "text", "x", "y", "font-size", "text-anchor", "fill", "font-weight", "transform", "stroke", "stroke-width", "paint-order", "stroke-linejoin");
        var x = Number(reader, "x");
        var y = Number(reader, "y");
        var size = reader.GetAttribute("font-size") is { } s ? Parse(s, "font-size") : 16;
        var anchor = reader.GetAttribute("text-anchor") ?? "start";
        var bold = reader.GetAttribute("font-weight") is "bold" or "700";
        var fill = reader.GetAttribute("fill") ?? "#000000";
        var halo = reader.GetAttribute("stroke") is { } stroke && stroke != "none" ? stroke : null;
        var haloWidth = reader.GetAttribute("stroke-width") is { } hw ? Parse(hw, "stroke-width") : 1;
        var transform = reader.GetAttribute("transform");
        var text = reader.ReadElementContentAsString();

        using var font = new SKFont(bold ? fonts.Bold : fonts.Regular, size) { Subpixel = true, Edging = SKFontEdging.Antialias, Hinting = SKFontHinting.None };
        var align = anchor switch
        {
            "middle" => SKTextAlign.Center,
            "end" => SKTextAlign.Right,
            "start" => SKTextAlign.Left,
            _ => throw Unsupported($"text-anchor '{anchor}'"),
        };
        canvas.Save();
        if (transform is not null) canvas.Concat(Transform(transform));
        if (halo is not null)
        {
            using var outline = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = Colour(halo), StrokeWidth = haloWidth, StrokeJoin = SKStrokeJoin.Round };
            canvas.DrawText(text, x, y, align, font, outline);
        }
        using var paint = new SKPaint { IsAntialias = true, Color = Colour(fill) };
        canvas.DrawText(text, x, y, align, font, paint);
        canvas.Restore();
    }

    /// <summary>&lt;defs&gt; holding &lt;pattern&gt;s: each recorded once as a tile that repeats under its transform.</summary>
    private static void ReadDefs(XmlReader reader, FigureFonts fonts, Dictionary<string, SKShader> patterns)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }
        var depth = reader.Depth + 1;
        reader.Read();
        while (reader.Depth >= depth && !reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            if (reader.LocalName != "pattern") throw Unsupported("the element <" + reader.LocalName + "> in <defs>");
            Check(reader, "pattern", "width", "height", "patternTransform");
            if (reader.GetAttribute("patternUnits") is { } units && units != "userSpaceOnUse") throw Unsupported($"patternUnits '{units}'");
            var id = reader.GetAttribute("id") ?? throw Unsupported("a pattern without an id");
            var tile = SKRect.Create(Number(reader, "width"), Number(reader, "height"));
            var matrix = reader.GetAttribute("patternTransform") is { } t ? Transform(t) : SKMatrix.Identity;
            using var recorder = new SKPictureRecorder();
            var tileCanvas = recorder.BeginRecording(tile);
            if (reader.IsEmptyElement) reader.Read();
            else
            {
                var inner = reader.Depth + 1;
                reader.Read();
                PaintChildren(reader, tileCanvas, fonts, patterns, inner);
                reader.Read();
            }
            using var picture = recorder.EndRecording();
            patterns[id] = SKShader.CreatePicture(picture, SKShaderTileMode.Repeat, SKShaderTileMode.Repeat, SKFilterMode.Linear, matrix, tile);
        }
        reader.Read();
    }

    /// <summary>rotate(a), rotate(a cx cy), translate(x[ y]) and scale(s[ t]), in the order written.</summary>
    private static SKMatrix Transform(string transform)
    {
        var matrix = SKMatrix.Identity;
        var rest = transform.AsSpan().Trim();
        while (!rest.IsEmpty)
        {
            var open = rest.IndexOf('(');
            var close = rest.IndexOf(')');
            if (open < 0 || close < open) throw Unsupported($"the transform '{transform}'");
            var name = rest[..open].Trim().ToString();
            var args = rest[(open + 1)..close].ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(a => Parse(a, "transform")).ToArray();
            var step = (name, args.Length) switch
            {
                ("rotate", 1) => SKMatrix.CreateRotationDegrees(args[0]),
                ("rotate", 3) => SKMatrix.CreateRotationDegrees(args[0], args[1], args[2]),
                ("translate", 1) => SKMatrix.CreateTranslation(args[0], 0),
                ("translate", 2) => SKMatrix.CreateTranslation(args[0], args[1]),
                ("scale", 1) => SKMatrix.CreateScale(args[0], args[0]),
                ("scale", 2) => SKMatrix.CreateScale(args[0], args[1]),
                _ => throw Unsupported($"the transform '{transform}'"),
            };
            matrix = matrix.PreConcat(step);
            rest = rest[(close + 1)..].TrimStart().TrimStart(',');
        }
        return matrix;
    }

    private static void Check(XmlReader reader, string element, params string[] drawn)
    {
        if (!reader.MoveToFirstAttribute()) return;
        do
        {
            if (!drawn.Contains(reader.Name) && !Ignored.Contains(reader.Name)) throw Unsupported($"the attribute '{reader.Name}' of <{element}>");
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }

    private static float Number(XmlReader reader, string attribute) => reader.GetAttribute(attribute) is { } v ? Parse(v, attribute) : 0;

    private static float Parse(string value, string attribute) =>
        float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw Unsupported($"{attribute} '{value}'");

    private static SKColor Colour(string value) =>
        SKColor.TryParse(value, out var colour) ? colour : throw Unsupported($"the colour '{value}'");

    private static NotSupportedException Unsupported(string what) =>
        new($"The Word figure painter does not draw {what}: teach SvgPainter, or draw the figure with what it knows.");
}
