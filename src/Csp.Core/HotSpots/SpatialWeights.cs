using System.Globalization;

namespace Csp.Core.HotSpots;

/// <summary>Which areas are neighbours of which, with a weight per link, stored compactly (compressed rows).</summary>
/// <remarks>Areas are numbered 0 .. Count-1 in the order their values are given. The links of area i are its row.</remarks>
public sealed class SpatialWeights
{
    private SpatialWeights(int[] rowStart, int[] neighbour, double[] weight)
    {
        RowStart = rowStart;
        Neighbour = neighbour;
        Weight = weight;
    }

    public int Count => RowStart.Length - 1;

    internal int[] RowStart { get; }

    internal int[] Neighbour { get; }

    internal double[] Weight { get; }

    public IEnumerable<(int Neighbour, double Weight)> LinksOf(int area)
    {
        for (var k = RowStart[area]; k < RowStart[area + 1]; k++) yield return (Neighbour[k], Weight[k]);
    }

    /// <summary>Binary weights (1 per neighbour), as spdep's <c>nb2listw(nb, style = "B")</c>.</summary>
    /// <param name="neighbours">For each area, the indexes of its neighbours (self may be listed or not).</param>
    /// <param name="includeSelf">Add each area to its own list when it is not there already, as Gi* needs (spdep's <c>include.self</c>).</param>
    public static SpatialWeights Binary(IReadOnlyList<IReadOnlyList<int>> neighbours, bool includeSelf)
    {
        ArgumentNullException.ThrowIfNull(neighbours);
        var weighted = new List<IReadOnlyList<(int, double)>>(neighbours.Count);
        foreach (var list in neighbours) weighted.Add(list.Select(j => (j, 1.0)).ToList());
        return Weighted(weighted, includeSelf);
    }

    /// <summary>
    /// Binary weights on a columns x rows grid (cells numbered row by row): each cell's neighbours are the cells of the
    /// (2 <paramref name="radius"/> + 1)-square block centred on it, itself included, cut off at the grid's edge.
    /// Built straight into the compressed rows (no list per cell).
    /// </summary>
    public static SpatialWeights SquareWindows(int columns, int rows, int radius)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(radius, 0);
        var n = columns * rows;
        var rowStart = new int[n + 1];
        long links = 0;
        for (var r = 0; r < rows; r++)
        {
            var blockRows = Math.Min(rows - 1, r + radius) - Math.Max(0, r - radius) + 1;
            for (var c = 0; c < columns; c++)
            {
                links += blockRows * (Math.Min(columns - 1, c + radius) - Math.Max(0, c - radius) + 1);
                rowStart[r * columns + c + 1] = links <= int.MaxValue
                    ? (int)links
                    : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A {columns} x {rows} grid with radius {radius} has more than {int.MaxValue} links."), nameof(radius));
            }
        }
        var neighbour = new int[links];
        var k = 0;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                for (var rr = Math.Max(0, r - radius); rr <= Math.Min(rows - 1, r + radius); rr++)
                {
                    for (var cc = Math.Max(0, c - radius); cc <= Math.Min(columns - 1, c + radius); cc++) neighbour[k++] = rr * columns + cc;
                }
            }
        }
        var weight = new double[links];
        Array.Fill(weight, 1.0);
        return new SpatialWeights(rowStart, neighbour, weight);
    }

    /// <summary>General weights; with <paramref name="includeSelf"/> an area missing from its own list is added with weight 1.</summary>
    public static SpatialWeights Weighted(IReadOnlyList<IReadOnlyList<(int Neighbour, double Weight)>> links, bool includeSelf)
    {
        ArgumentNullException.ThrowIfNull(links);
        var n = links.Count;
        var rowStart = new int[n + 1];
        var neighbour = new List<int>();
        var weight = new List<double>();
        for (var i = 0; i < n; i++)
        {
            var seen = new HashSet<int>();
            foreach (var (j, w) in links[i])
            {
                if (j < 0 || j >= n)
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Area {i} lists neighbour {j}, but areas are numbered 0 to {n - 1}."), nameof(links));
                if (!double.IsFinite(w))
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Area {i} has weight {w} for neighbour {j}."), nameof(links));
                if (!seen.Add(j))
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Area {i} lists neighbour {j} twice."), nameof(links));
                neighbour.Add(j);
                weight.Add(w);
            }
            if (includeSelf && !seen.Contains(i))
            {
                neighbour.Add(i);
                weight.Add(1.0);
            }
            rowStart[i + 1] = neighbour.Count;
        }
        return new SpatialWeights(rowStart, neighbour.ToArray(), weight.ToArray());
    }
}
