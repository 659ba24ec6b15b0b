using System.Globalization;
using System.IO.Compression;
using Csp.Core.Geometry;
using Csp.Core.HotSpots;
using Csp.Core.Significance;

namespace Csp.Core.Tests.HotSpots;

public class GetisOrdGiStarTests
{
    // TestData/gistar_grid_counts.csv: counts of kde_points.csv in 100 m cells (10 columns x 8 rows) and spdep 1.2-7's
    //   localG(count, nb2listw(include.self(dnearneigh(centres, 0, 100 * sqrt(2) * 1.0001)), style = "B"))
    // and the same with a rook band (100 * 1.0001) as binary and row-standardised ("W") weights; see make-test-data.R.
    private static (SquareGrid Grid, double[] Counts, double[] Queen, double[] Rook, double[] RookRowStandardised) Peer()
    {
        var (_, rows) = TestFiles.ReadNumericTable("gistar_grid_counts.csv");
        var grid = new SquareGrid(new Extent(0, 0, 1000, 800), 100);
        var counts = new double[grid.CellCount];
        var queen = new double[grid.CellCount];
        var rook = new double[grid.CellCount];
        var rookW = new double[grid.CellCount];
        foreach (var r in rows)
        {
            var cell = (int)r[1] * grid.Columns + (int)r[0];
            counts[cell] = r[2];
            queen[cell] = r[3];
            rook[cell] = r[4];
            rookW[cell] = r[5];
        }
        return (grid, counts, queen, rook, rookW);
    }

    private static List<IReadOnlyList<int>> RookNeighbours(SquareGrid grid)
    {
        var lists = new List<IReadOnlyList<int>>();
        for (var r = 0; r < grid.Rows; r++)
        {
            for (var c = 0; c < grid.Columns; c++)
            {
                var list = new List<int>();
                if (c > 0) list.Add(r * grid.Columns + c - 1);
                if (c < grid.Columns - 1) list.Add(r * grid.Columns + c + 1);
                if (r > 0) list.Add((r - 1) * grid.Columns + c);
                if (r < grid.Rows - 1) list.Add((r + 1) * grid.Columns + c);
                lists.Add(list);
            }
        }
        return lists;
    }

    [Fact]
    public void Grid_z_scores_equal_spdep_localG_with_the_queen_neighbourhood_including_the_cell()
    {
        var (grid, counts, queen, _, _) = Peer();

        var result = GetisOrdGiStar.OnGrid(grid, counts);

        for (var i = 0; i < counts.Length; i++) Assert.Equal(queen[i], result.ZScores[i], 1e-9);
    }

    [Fact]
    public void Grid_counts_of_points_give_the_same_z_scores_as_their_values()
    {
        var (grid, counts, queen, _, _) = Peer();
        var points = ReadPoints();

        var result = GetisOrdGiStar.OnGrid(GridCounts.Count(grid, points));

        Assert.Equal(counts, GridCounts.Count(grid, points).ToValues());
        Assert.Equal(queen[0], result.ZScores[0], 1e-9);
    }

    [Fact]
    public void Area_z_scores_equal_spdep_localG_for_a_binary_neighbour_list()
    {
        var (grid, counts, _, rook, _) = Peer();

        var result = GetisOrdGiStar.OnAreas(counts, SpatialWeights.Binary(RookNeighbours(grid), includeSelf: true));

        for (var i = 0; i < counts.Length; i++) Assert.Equal(rook[i], result.ZScores[i], 1e-9);
    }

    [Fact]
    public void Area_z_scores_equal_spdep_localG_for_row_standardised_weights()
    {
        var (grid, counts, _, _, rookW) = Peer();
        var weighted = RookNeighbours(grid)
            .Select((list, i) => (IReadOnlyList<(int, double)>)list.Append(i).Select(j => (j, 1.0 / (list.Count + 1))).ToList())
            .ToList();

        var result = GetisOrdGiStar.OnAreas(counts, SpatialWeights.Weighted(weighted, includeSelf: true));

        for (var i = 0; i < counts.Length; i++) Assert.Equal(rookW[i], result.ZScores[i], 1e-9);
    }

    [Fact]
    public void A_single_busy_cell_in_a_quiet_grid_has_the_hand_worked_z_score()
    {
        // 5 x 5 grid, 0 everywhere but 9 in the centre. n = 25, mean 0.36, s² = (9² / 25) - 0.36² = 3.1104.
        // Centre: W = S1 = 9, local sum 9: z = (9 - 0.36 x 9) / sqrt(3.1104 x (25 x 9 - 81) / 24) = 5.76 / 4.32 = 4/3.
        // Corner (0,0): W = 4, local sum 0: z = (0 - 1.44) / sqrt(3.1104 x (100 - 16) / 24) = -1.44 / 3.29945... = -0.43644.
        var values = new double[25];
        values[12] = 9;

        var z = GetisOrdGiStar.ZScoresOnGrid(5, 5, values);

        Assert.Equal(4.0 / 3.0, z[12], 12);
        Assert.Equal(-1.44 / Math.Sqrt(3.1104 * 84 / 24), z[0], 12);
    }

    [Fact]
    public void Identical_values_make_every_z_score_zero_and_nothing_significant()
    {
        var result = GetisOrdGiStar.OnGrid(new SquareGrid(new Extent(0, 0, 300, 300), 100), [2, 2, 2, 2, 2, 2, 2, 2, 2]);

        Assert.All(result.ZScores, z => Assert.Equal(0.0, z));
        Assert.All(result.Classes, c => Assert.Equal(HotSpotClass.NotSignificant, c));
    }

    [Fact]
    public void Classes_follow_the_corrected_p_values_and_read_in_plain_words()
    {
        var (grid, counts, queen, _, _) = Peer();

        var none = GetisOrdGiStar.OnGrid(grid, counts, new GiStarOptions { Correction = PValueCorrection.None });
        var fdr = GetisOrdGiStar.OnGrid(grid, counts);
        var bonferroni = GetisOrdGiStar.OnGrid(grid, counts, new GiStarOptions { Correction = PValueCorrection.Bonferroni });

        var hottest = Array.IndexOf(queen, queen.Max());
        var coldest = Array.IndexOf(queen, queen.Min());
        Assert.True(queen[hottest] > 2.58 * 2); // far beyond 99% even after correction
        Assert.Equal("hot spot, 99% confidence", bonferroni.Label(hottest));
        Assert.Equal(HotSpotClass.HotSpot99, fdr.Classes[hottest]);
        Assert.Equal(StandardNormal.TwoSidedPValue(queen[coldest]), none.PValues[coldest], 12);
        // Corrections can only make a place less significant.
        var rank = (HotSpotClass c) => Math.Abs((int)c);
        for (var i = 0; i < counts.Length; i++)
        {
            Assert.True(rank(none.Classes[i]) >= rank(fdr.Classes[i]));
            Assert.True(rank(fdr.Classes[i]) >= rank(bonferroni.Classes[i]));
        }
        // The emptiest corner (z = -1.40, p = 0.16) is not a cold spot even before correction.
        Assert.Equal(HotSpotClass.NotSignificant, none.Classes[coldest]);
        Assert.Equal(HotSpotClass.ColdSpot90, HotSpotClassExtensions.Classify(-1.70, 0.089));
        Assert.Equal("cold spot, 95% confidence", HotSpotClass.ColdSpot95.Label());
        Assert.Equal("not significant", HotSpotClass.NotSignificant.Label());
    }

    [Fact]
    public void Permutation_p_values_are_seeded_and_agree_with_the_normal_approximation_for_a_clear_hot_spot()
    {
        var (grid, counts, queen, _, _) = Peer();
        var options = new GiStarOptions { Permutations = 999, Seed = 11, Correction = PValueCorrection.None };

        var first = GetisOrdGiStar.OnGrid(grid, counts, options);
        var again = GetisOrdGiStar.OnGrid(grid, counts, options with { MaxDegreeOfParallelism = 1 });

        Assert.Equal(first.PermutationPValues, again.PermutationPValues);
        var hottest = Array.IndexOf(queen, queen.Max());
        Assert.Equal(0.001, first.PermutationPValues![hottest]); // no permutation reaches it
        Assert.Equal(first.PermutationPValues, first.AdjustedPValues);
        // Where the normal p-value is unremarkable the permutation one is too.
        for (var i = 0; i < counts.Length; i++)
        {
            if (first.PValues[i] > 0.5) Assert.True(first.PermutationPValues[i] > 0.2, $"cell {i}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(12)]
    public void Box_sum_z_scores_equal_the_direct_neighbour_sums_on_random_grids(int radius)
    {
        var random = new Random(radius);
        // Shapes that put every cell near an edge, windows wider than the grid, and one of 64 x 48.
        foreach (var (columns, rows) in new[] { (1, 1), (1, 9), (9, 1), (2, 3), (5, 4), (13, 17), (64, 48) })
        {
            var counts = Enumerable.Range(0, columns * rows).Select(_ => (double)Poisson(random, 1.5)).ToArray();
            var fractions = Enumerable.Range(0, columns * rows).Select(_ => 50 + 10 * random.NextDouble()).ToArray();
            foreach (var values in new[] { counts, fractions })
            {
                var expected = GiStarReference.ZScores(columns, rows, values, radius);

                var z = GetisOrdGiStar.ZScoresOnGrid(columns, rows, values, radius);
                // The same into a buffer the caller keeps, over what an earlier grid left in it.
                var into = Enumerable.Repeat(double.NaN, values.Length).ToArray();
                GetisOrdGiStar.ZScoresOnGridInto(columns, rows, values, radius, into);

                for (var i = 0; i < z.Length; i++) Assert.Equal(expected[i], z[i], 1e-9);
                Assert.Equal(z, into);
            }
        }
    }

    [Fact]
    public void The_3x3_box_sums_equal_the_old_kernel_of_sums_across_then_down()
    {
        var random = new Random(3);
        var values = Enumerable.Range(0, 37 * 23).Select(_ => random.NextDouble() < 0.7 ? 0.0 : Poisson(random, 3)).ToArray();

        var z = GetisOrdGiStar.ZScoresOnGrid(37, 23, values);

        var expected = GiStarReference.ThreeByThree(37, 23, values);
        for (var i = 0; i < z.Length; i++) Assert.Equal(expected[i], z[i], 1e-9);
    }

    [Theory]
    [InlineData(250, 1)]
    [InlineData(250, 4)]
    [InlineData(200, 2)]
    [InlineData(500, 9)]
    public void On_a_real_month_of_Kent_crime_every_output_equals_the_cell_by_cell_reference(double cellSize, int radius)
    {
        var points = KentJanuary2022.Value;
        var grid = new SquareGrid(GridExtent.Around(points, margin: 2 * cellSize), cellSize);
        var values = GridCounts.Count(grid, points).ToValues();
        var expectedZ = GiStarReference.ZScores(grid.Columns, grid.Rows, values, radius);

        foreach (var correction in new[] { PValueCorrection.None, PValueCorrection.FalseDiscoveryRate, PValueCorrection.Bonferroni })
        {
            var result = GetisOrdGiStar.OnGrid(grid, values, new GiStarOptions { Correction = correction, NeighbourhoodRadius = radius });

            var (p, adjusted, classes) = GiStarReference.Significance(expectedZ, correction);
            Assert.InRange(LargestDifference(expectedZ, result.ZScores), 0, 1e-9);
            Assert.InRange(LargestDifference(p, result.PValues), 0, 1e-9);
            Assert.InRange(LargestDifference(adjusted, result.AdjustedPValues), 0, 1e-9);
            Assert.True(classes.SequenceEqual(result.Classes));
            Assert.Contains(HotSpotClass.HotSpot99, result.Classes);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(8)]
    public void Distinct_z_scores_found_by_window_sum_and_size_give_what_finding_them_by_their_bits_gives(int radius)
    {
        // Whole-number counts, mostly empty, a few cells busy (window sums into the thousands): the window-sum index is
        // complete, and every output equals the one from hashing each cell's z-score, exactly, and the reference.
        var random = new Random(radius);
        const int Columns = 211, Rows = 157;
        var values = Enumerable.Range(0, Columns * Rows).Select(_ => random.Next(10) < 7 ? 0.0 : random.Next(10) < 9 ? random.Next(6) : random.Next(3000)).ToArray();
        var grid = new SquareGrid(new Extent(0, 0, Columns * 100, Rows * 100), 100);
        var options = new GiStarOptions { NeighbourhoodRadius = radius };

        var result = GetisOrdGiStar.OnGrid(grid, values, options);
        var z = GetisOrdGiStar.ZScoresOnGrid(Columns, Rows, values, radius);
        var byBits = GiStarSignificance.FromDistinctZScores(z, options)!;

        Assert.True(IndexComplete(Columns, Rows, values, radius));
        Assert.Equal(z, result.ZScores);
        Assert.Equal(byBits.PValues, result.PValues);
        Assert.Equal(byBits.AdjustedPValues, result.AdjustedPValues);
        Assert.Equal(byBits.Classes, result.Classes);
        var (p, adjusted, classes) = GiStarReference.Significance(GiStarReference.ZScores(Columns, Rows, values, radius), PValueCorrection.FalseDiscoveryRate);
        Assert.InRange(LargestDifference(p, result.PValues), 0, 1e-9);
        Assert.InRange(LargestDifference(adjusted, result.AdjustedPValues), 0, 1e-9);
        Assert.True(classes.SequenceEqual(result.Classes));

        // Fractional values leave the index incomplete (their window sums are not whole numbers).
        Assert.False(IndexComplete(Columns, Rows, values.Select(v => v + 0.1).ToArray(), radius));

        static bool IndexComplete(int columns, int rows, double[] values, int radius)
        {
            var index = new WindowSumIndex(columns, rows, radius);
            var complete = GetisOrdGiStar.DistinctZScoresOnGrid(columns, rows, values, radius, index);
            var z = GetisOrdGiStar.ZScoresOnGrid(columns, rows, values, radius);
            var zOf = index.ValueOf;
            return complete && index.Complete && Enumerable.Range(0, z.Length).All(i => zOf[index.IndexOfCell[i]] == z[i]);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(9)]
    public void On_sparse_grids_the_z_scores_held_by_window_sum_and_size_equal_the_box_sums_cell_by_cell(int radius)
    {
        // Mostly empty cells in long runs (across row ends too), busy cells near every edge, windows wider than the grid,
        // and a grid of 36,000 cells that crosses a chunk of the cell index: OnGrid's z-scores, read through each cell's
        // index, equal the box-sum z-scores exactly, the reference within 1e-9, and so do p-values and classes.
        var random = new Random(radius);
        foreach (var (columns, rows) in new[] { (1, 1), (1, 9), (9, 1), (3, 2), (7, 5), (300, 120), (41, 37) })
        {
            var values = new double[columns * rows];
            for (var i = 0; i < values.Length; i++) values[i] = random.Next(25) == 0 ? random.Next(1, 40) : 0;
            values[0] = 3; // corners and edges
            values[^1] = 5;
            values[columns - 1] += 2;
            var grid = new SquareGrid(new Extent(0, 0, columns * 100, rows * 100), 100);

            var result = GetisOrdGiStar.OnGrid(grid, values, new GiStarOptions { NeighbourhoodRadius = radius });

            var z = GetisOrdGiStar.ZScoresOnGrid(columns, rows, values, radius);
            var expectedZ = GiStarReference.ZScores(columns, rows, values, radius);
            Assert.Equal(z, result.ZScores);
            Assert.Equal(z, result.ZScores.Select((_, i) => result.ZScores[i]));
            Assert.InRange(LargestDifference(expectedZ, result.ZScores), 0, 1e-9);
            var (p, adjusted, classes) = GiStarReference.Significance(expectedZ, PValueCorrection.FalseDiscoveryRate);
            Assert.InRange(LargestDifference(p, result.PValues), 0, 1e-9);
            Assert.InRange(LargestDifference(adjusted, result.AdjustedPValues), 0, 1e-9);
            Assert.True(classes.SequenceEqual(result.Classes));
        }
    }

    [Fact]
    public void Fractional_values_with_too_many_distinct_z_scores_take_the_cell_by_cell_path_and_agree()
    {
        // 300 x 300 cells of distinct fractional values: 90,000 distinct z-scores, beyond the distinct-value table.
        var random = new Random(5);
        var values = Enumerable.Range(0, 300 * 300).Select(_ => random.NextDouble() * random.NextDouble() * 20).ToArray();
        var grid = new SquareGrid(new Extent(0, 0, 30_000, 30_000), 100);
        var expectedZ = GiStarReference.ZScores(300, 300, values, 2);

        var result = GetisOrdGiStar.OnGrid(grid, values, new GiStarOptions { NeighbourhoodRadius = 2 });

        var (p, adjusted, classes) = GiStarReference.Significance(expectedZ, PValueCorrection.FalseDiscoveryRate);
        Assert.InRange(LargestDifference(expectedZ, result.ZScores), 0, 1e-9);
        Assert.InRange(LargestDifference(p, result.PValues), 0, 1e-9);
        Assert.InRange(LargestDifference(adjusted, result.AdjustedPValues), 0, 1e-9);
        Assert.True(classes.SequenceEqual(result.Classes));
    }

    [Fact]
    public void A_5x5_neighbourhood_has_the_hand_worked_z_score()
    {
        // 5 x 5 grid, 0 everywhere but 9 in the centre, radius 2. n = 25, mean 0.36, s² = 3.1104.
        // Centre: the window is the whole grid, W = S1 = 25 = n, so n S1 - W² = 0 and z = 0.
        // Corner (0,0): the 3 x 3 block holding the centre, W = 9, local sum 9, z = 4/3 as the centre's z at radius 1.
        var values = new double[25];
        values[12] = 9;

        var z = GetisOrdGiStar.ZScoresOnGrid(5, 5, values, radius: 2);

        Assert.Equal(0.0, z[12]);
        Assert.Equal(4.0 / 3.0, z[0], 12);
    }

    [Fact]
    public void A_neighbourhood_radius_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new GiStarOptions { NeighbourhoodRadius = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => GetisOrdGiStar.ZScoresOnGrid(3, 3, new double[9], 0));
    }

    [Fact]
    public void Permutations_on_a_5x5_neighbourhood_equal_those_on_the_same_weights_given_as_areas()
    {
        var (grid, counts, _, _, _) = Peer();
        var options = new GiStarOptions { Permutations = 99, Seed = 3, NeighbourhoodRadius = 2, Correction = PValueCorrection.None };

        var onGrid = GetisOrdGiStar.OnGrid(grid, counts, options);
        var onAreas = GetisOrdGiStar.OnAreas(counts, SpatialWeights.SquareWindows(grid.Columns, grid.Rows, 2), options);

        Assert.Equal(onAreas.PermutationPValues, onGrid.PermutationPValues);
        for (var i = 0; i < counts.Length; i++) Assert.Equal(onAreas.ZScores[i], onGrid.ZScores[i], 1e-9);
    }

    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble()) k++;
        return k;
    }

    private static double LargestDifference(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        double largest = 0;
        for (var i = 0; i < expected.Count; i++) largest = Math.Max(largest, Math.Abs(expected[i] - actual[i]));
        return largest;
    }

    /// <summary>The located incidents of the bundled Kent sample's first month (data/sample/police-uk/kent), in BNG metres.</summary>
    private static readonly Lazy<PlanarPoint[]> KentJanuary2022 = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Csp.slnx"))) dir = dir.Parent;
        Assert.NotNull(dir);
        var path = Path.Combine(dir.FullName, "data", "sample", "police-uk", "kent", "2022-01-kent-street.csv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        reader.ReadLine(); // header: Crime ID,Month,Reported by,Falls within,Longitude,Latitude,...
        var points = new List<PlanarPoint>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            if (double.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                && double.TryParse(fields[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
            {
                points.Add(BritishNationalGrid.FromWgs84(lon, lat));
            }
        }
        Assert.True(points.Count > 15_000);
        return points.ToArray();
    });

    private static PlanarPoint[] ReadPoints() =>
        TestFiles.ReadNumericTable("kde_points.csv").Rows.Select(r => new PlanarPoint(r[0], r[1])).ToArray();
}
