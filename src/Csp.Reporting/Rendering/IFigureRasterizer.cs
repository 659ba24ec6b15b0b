using Csp.Core.Reports;

namespace Csp.Reporting.Rendering;

/// <summary>
/// Draws charts and maps as PNG images, for the formats that embed pictures (DOCX, and any renderer that cannot take SVG).
/// All figures of a report are drawn in one call, so an implementation can start its engine once.
/// </summary>
internal interface IFigureRasterizer
{
    /// <summary>One image per figure, keyed by <see cref="FigureBlock.Id"/>.</summary>
    Task<IReadOnlyDictionary<string, FigureImage>> RasterizeAsync(IReadOnlyList<FigureBlock> figures, CancellationToken cancellationToken);
}

/// <summary>A PNG and its size in CSS pixels (the PNG itself may be drawn at a higher device scale for print).</summary>
internal sealed record FigureImage(byte[] Png, int WidthPx, int HeightPx);
