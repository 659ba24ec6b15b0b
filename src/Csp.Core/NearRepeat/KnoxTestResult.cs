using Csp.Core.Geometry;

namespace Csp.Core.NearRepeat;

/// <summary>The Knox table: one <see cref="KnoxCell"/> per space band and time band.</summary>
public sealed record KnoxTestResult
{
    internal KnoxTestResult(KnoxTestOptions options, int eventCount, IReadOnlyList<KnoxCell> cells)
    {
        Options = options;
        EventCount = eventCount;
        Cells = cells;
    }

    public KnoxTestOptions Options { get; }

    public int EventCount { get; }

    /// <summary>Every unordered pair of incidents: n(n-1)/2, whether or not it falls in a band.</summary>
    public long PairCount => (long)EventCount * (EventCount - 1) / 2;

    /// <summary>Row by row: all time bands of the first space band, then of the second, and so on.</summary>
    public IReadOnlyList<KnoxCell> Cells { get; }

    public KnoxCell this[int spaceBand, int timeBand] => Cells[spaceBand * Options.TemporalBands.Count + timeBand];
}
