using Csp.Core.Reports;
using Csp.Reporting.Rendering;

namespace Csp.Reporting.Tests.Support;

/// <summary>
/// A test double of <see cref="IFigureRasterizer"/>: every chart is a blue bar picture and every map a green one (real,
/// valid PNGs made by <see cref="TestPng"/>), so the Word renderer's embedding can be tested without Chromium. It records
/// its calls, to check that all figures are asked for at once.
/// </summary>
internal sealed class TestPngRasterizer : IFigureRasterizer
{
    // Made once: the pictures are the same for every figure, and timing a render should not time the test double.
    private static readonly FigureImage Chart = new(TestPng.Bars(720, 400, (0x1F, 0x4E, 0x79)), 720, 400);
    private static readonly FigureImage Map = new(TestPng.Bars(480, 520, (0x2E, 0x7D, 0x32)), 480, 520);

    public List<IReadOnlyList<FigureBlock>> Calls { get; } = [];

    public Task<IReadOnlyDictionary<string, FigureImage>> RasterizeAsync(IReadOnlyList<FigureBlock> figures, CancellationToken cancellationToken)
    {
        Calls.Add(figures);
        IReadOnlyDictionary<string, FigureImage> images = figures.ToDictionary(
            f => f.Id,
            f => f is MapBlock ? Map : Chart);
        return Task.FromResult(images);
    }
}
