using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using SkiaSharp;

namespace Csp.Reporting.Figures;

/// <summary>
/// Draws the report's charts and maps as PNG for Word, in-process with Skia: the same SVG the web page and the PDF show
/// (<see cref="SvgPainter"/>), at 1.5 times its CSS size (about 170 dpi across the text width of an A4 page: sharp in
/// print), each with its size in CSS pixels. Figures are drawn in parallel; the text is Liberation Sans, bundled, so a
/// picture looks the same on every machine and needs no browser.
/// </summary>
internal sealed class SkiaFigureRasterizer : IFigureRasterizer
{
    /// <summary>Device pixels per CSS pixel: 1.5 gives about 170 dpi across the text width of an A4 page.</summary>
    public const double Scale = 1.5;

    public Task<IReadOnlyDictionary<string, FigureImage>> RasterizeAsync(IReadOnlyList<FigureBlock> figures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var images = new FigureImage[figures.Count];
        Parallel.For(0, figures.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => images[i] = Draw(FigureSvg.Of(figures[i])));
        IReadOnlyDictionary<string, FigureImage> byId = Enumerable.Range(0, figures.Count).ToDictionary(i => figures[i].Id, i => images[i], StringComparer.Ordinal);
        return Task.FromResult(byId);
    }

    /// <summary>One drawing as a PNG on white, at <see cref="Scale"/>.</summary>
    public static FigureImage Draw(FigureSvg drawing)
    {
        ArgumentNullException.ThrowIfNull(drawing);
        var info = new SKImageInfo((int)Math.Round(drawing.Width * Scale), (int)Math.Round(drawing.Height * Scale), SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"Skia could not make a {info.Width} x {info.Height} picture.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale((float)Scale);
        SvgPainter.Paint(drawing.Markup, canvas, FigureFonts.Instance);
        canvas.Flush();
        using var pixels = surface.PeekPixels();
        // No row filter with zlib level 3: encoding was three quarters of a figure's cost, and this takes a third less CPU than
        // the Sub filter at level 6 (the drawing of a full assessment, 43 figures: about 0.30 s against 0.45 s). The pictures
        // are a tenth larger (about 2.25 MB), but the Word package's own deflate takes that back: the .docx is 2.0 MB, 3% less
        // than before. The Sub filter at levels 1 to 3 is as fast but its .docx is a fifth larger; Skia's adaptive choice of
        // filter per row saves 2% on Sub and takes 60% longer.
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.None, 3)) ?? throw new InvalidOperationException("Skia could not encode the picture as PNG.");
        return new FigureImage(png.ToArray(), drawing.Width, drawing.Height);
    }
}

/// <summary>Liberation Sans, regular and bold (SIL Open Font License; see Fonts/OFL.txt), loaded once from the assembly.</summary>
internal sealed class FigureFonts
{
    public static FigureFonts Instance { get; } = new();

    public SKTypeface Regular { get; } = Load("LiberationSans-Regular.ttf");

    public SKTypeface Bold { get; } = Load("LiberationSans-Bold.ttf");

    private static SKTypeface Load(string file)
    {
        var name = "Csp.Reporting.Figures." + file;
        using var stream = typeof(FigureFonts).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"The font {name} is not in the assembly.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Skia could not read the font {file}.");
    }
}
