using System.Globalization;
using Csp.Core.Geometry;
using Csp.Core.NearRepeat;

namespace Csp.Core.Tests.NearRepeat;

public class KnoxTestTests
{
    private static readonly DateOnly Day1 = new(2024, 1, 1);

    // Four incidents worked by hand. Pairs (Manhattan metres, days):
    //   A-B: 0 m, 0 d (same place, same day)   A-C: 80 m, 2 d   B-C: 80 m, 2 d
    //   A-D: 1000 m, 9 d   B-D: 1000 m, 9 d   C-D: 980 m, 7 d
    private static readonly NearRepeatEvent[] FourIncidents =
    [
        new(0, 0, Day1),
        new(0, 0, Day1),
        new(50, 30, Day1.AddDays(2)),
        new(1000, 0, Day1.AddDays(9)),
    ];

    private static KnoxTestOptions Options(double[] space, double[] time, int permutations = 99) =>
        new(DistanceBands.FromBreaks(space), DistanceBands.FromBreaks(time)) { Permutations = permutations, Seed = 42 };

    private static long[,] Observed(KnoxTestResult result)
    {
        var rows = result.Options.SpatialBands.Count;
        var columns = result.Options.TemporalBands.Count;
        var table = new long[rows, columns];
        for (var s = 0; s < rows; s++)
        {
            for (var t = 0; t < columns; t++) table[s, t] = result[s, t].Observed;
        }
        return table;
    }

    [Fact]
    public void Four_incidents_fall_in_the_hand_worked_cells()
    {
        var result = KnoxTest.Run(FourIncidents, Options([0, 1, 101, double.PositiveInfinity], [0, 1, 8, double.PositiveInfinity]));

        long[,] expected =
        {
            { 1, 0, 0 }, // same location: A-B on the same day
            { 0, 2, 0 }, // 1-101 m: A-C and B-C, 2 days apart
            { 0, 1, 2 }, // 101 m and more: C-D 7 days, A-D and B-D 9 days
        };
        Assert.Equal(expected, Observed(result));
        Assert.Equal(6, result.PairCount);
    }

    [Fact]
    public void No_incidents_give_a_table_of_zeros_rather_than_an_error()
    {
        var result = KnoxTest.Run([], Options([0, 1, double.PositiveInfinity], [0, 1, double.PositiveInfinity]));

        Assert.All(result.Cells, c => Assert.Equal((0L, 0.0, (double?)null, 1.0), (c.Observed, c.ExpectedMean, c.KnoxRatio, c.PValue)));
    }

    [Fact]
    public void A_same_day_pair_is_counted_once_in_the_band_starting_at_zero_days()
    {
        NearRepeatEvent[] twins = [new(10, 10, Day1), new(10, 10, Day1)];

        var result = KnoxTest.Run(twins, Options([0, 1, double.PositiveInfinity], [0, 1, double.PositiveInfinity]));

        Assert.Equal(1, result[0, 0].Observed);
        Assert.Equal(1, result.Cells.Sum(c => c.Observed));
    }

    [Fact]
    public void Cells_carry_the_half_open_bounds_of_their_bands_with_null_for_no_upper_bound()
    {
        var result = KnoxTest.Run(FourIncidents, Options([0, 1, 101, double.PositiveInfinity], [0, 1, 8, double.PositiveInfinity]));

        var cell = result[1, 2];
        Assert.Equal((1.0, (double?)101.0, 8.0, (double?)null), (cell.SpaceFrom, cell.SpaceTo, cell.TimeFrom, cell.TimeTo));
        Assert.Null(result[2, 0].SpaceTo);
    }

    [Fact]
    public void A_distance_or_gap_equal_to_a_break_belongs_to_the_band_above_it()
    {
        // 60 + 41 = 101 m Manhattan, exactly 8 days apart.
        NearRepeatEvent[] pair = [new(0, 0, Day1), new(60, 41, Day1.AddDays(8))];

        var result = KnoxTest.Run(pair, Options([0, 1, 101, double.PositiveInfinity], [0, 1, 8, double.PositiveInfinity]));

        Assert.Equal(1, result[2, 2].Observed);
    }

    [Fact]
    public void Euclidean_distance_can_put_a_pair_in_a_nearer_band_than_Manhattan()
    {
        // dx 80, dy 30: Manhattan 110 m, Euclidean 85.4 m.
        NearRepeatEvent[] pair = [new(0, 0, Day1), new(80, 30, Day1.AddDays(1))];
        var manhattan = Options([0, 101, double.PositiveInfinity], [0, double.PositiveInfinity]);

        var byRoad = KnoxTest.Run(pair, manhattan);
        var asTheCrowFlies = KnoxTest.Run(pair, manhattan with { Metric = DistanceMetric.Euclidean });

        Assert.Equal(1, byRoad[1, 0].Observed);
        Assert.Equal(1, asTheCrowFlies[0, 0].Observed);
    }

    [Fact]
    public void Pairs_below_the_first_break_or_beyond_a_finite_last_break_are_not_counted()
    {
        // Space bands [1, 101) and [101, 500): A-B (0 m) is below, the pairs with D (980-1000 m) beyond.
        var result = KnoxTest.Run(FourIncidents, Options([1, 101, 500], [0, 8]));

        Assert.Equal(2, result.Cells.Sum(c => c.Observed)); // A-C and B-C, 2 days apart
        Assert.Equal(2, result[0, 0].Observed);
    }

    [Fact]
    public void Expected_counts_approach_row_total_times_column_total_over_all_pairs()
    {
        // A random permutation gives every pair a uniformly random pair of the dates, so the exact expectation of a
        // cell is (pairs in its space band) x (pairs in its time band) / (all pairs). For the four incidents: space
        // rows 1, 2, 3 pairs; time columns (gaps 0, 2, 2, 9, 9, 7 days) 1, 3, 2 pairs; 6 pairs in all.
        var result = KnoxTest.Run(FourIncidents, Options([0, 1, 101, double.PositiveInfinity], [0, 1, 8, double.PositiveInfinity], permutations: 20_000));

        double[] rows = [1, 2, 3];
        double[] columns = [1, 3, 2];
        for (var s = 0; s < 3; s++)
        {
            for (var t = 0; t < 3; t++)
            {
                Assert.Equal(rows[s] * columns[t] / 6, result[s, t].ExpectedMean, 0.02);
            }
        }
    }

    [Fact]
    public void Knox_ratio_is_observed_over_expected_and_p_value_counts_the_observed_table_as_one_more_permutation()
    {
        var result = KnoxTest.Run(FourIncidents, Options([0, 1, 101, double.PositiveInfinity], [0, 1, 8, double.PositiveInfinity], permutations: 999));

        foreach (var cell in result.Cells)
        {
            if (cell.ExpectedMean > 0) Assert.Equal(cell.Observed / cell.ExpectedMean, cell.KnoxRatio!.Value, 12);
            else Assert.Null(cell.KnoxRatio);
            Assert.InRange(cell.PValue, 1.0 / 1000, 1.0);
            // p = (1 + k) / 1000 for a whole number k of permutations.
            Assert.Equal(Math.Round(cell.PValue * 1000), cell.PValue * 1000, 9);
        }
        // A cell observed at 0 is reached by every permutation.
        Assert.Equal(1.0, result[0, 1].PValue);
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_whatever_the_number_of_threads()
    {
        var incidents = TestFiles.ReadIncidents("chicago_arson.csv");
        var options = Options([0, 1, 200, 400, double.PositiveInfinity], [0, 1, 7, double.PositiveInfinity], permutations: 199);

        var oneThread = KnoxTest.Run(incidents, options with { MaxDegreeOfParallelism = 1 });
        var twoThreads = KnoxTest.Run(incidents, options with { MaxDegreeOfParallelism = 2 });
        var otherSeed = KnoxTest.Run(incidents, options with { Seed = 7 });

        Assert.Equal(oneThread.Cells, twoThreads.Cells);
        Assert.NotEqual(oneThread.Cells, otherSeed.Cells);
    }

    [Fact]
    public void Observed_counts_of_the_Chicago_burglaries_equal_the_NearRepeat_R_package()
    {
        // R 4.2.2, NearRepeat 0.1.1 (wsteenbeek/NearRepeat @ f48d213):
        //   d <- read.csv("chicago_be_month1.csv", header = FALSE, col.names = c("X", "Y", "date")); d$date <- as.Date(d$date)
        //   set.seed(1); NearRepeat(x = d$X, y = d$Y, time = d$date, sds = c(0,1,101,201,301,Inf),
        //                           tds = c(0,8,15,22,Inf), method = "manhattan", nrep = 99)$observed
        var incidents = TestFiles.ReadIncidents("chicago_be_month1.csv");

        var result = KnoxTest.Run(incidents, Options([0, 1, 101, 201, 301, double.PositiveInfinity], [0, 8, 15, 22, double.PositiveInfinity], permutations: 9));

        long[,] r =
        {
            { 29, 4, 5, 2 },
            { 45, 15, 7, 2 },
            { 106, 48, 21, 13 },
            { 88, 64, 46, 15 },
            { 206611, 138108, 88321, 36415 },
        };
        Assert.Equal(970, result.EventCount);
        Assert.Equal(r, Observed(result));
    }

    [Theory]
    [InlineData(DistanceMetric.Manhattan)]
    [InlineData(DistanceMetric.Euclidean)]
    public void Observed_counts_on_the_benchmark_bands_equal_the_NearRepeat_R_package(DistanceMetric metric)
    {
        // As above with sds = c(0,1,101,201,301,401,Inf), tds = c(0,8,15,22,29,Inf),
        // method = "manhattan" (nrep = 999) or "euclidean" (nrep = 99).
        var incidents = TestFiles.ReadIncidents("chicago_be_month1.csv");
        var options = Options([0, 1, 101, 201, 301, 401, double.PositiveInfinity], [0, 8, 15, 22, 29, double.PositiveInfinity], permutations: 9) with { Metric = metric };

        var result = KnoxTest.Run(incidents, options);

        long[,] r = metric == DistanceMetric.Manhattan
            ? new long[,]
            {
                { 29, 4, 5, 2, 0 },
                { 45, 15, 7, 2, 0 },
                { 106, 48, 21, 13, 0 },
                { 88, 64, 46, 15, 0 },
                { 115, 82, 52, 14, 0 },
                { 206496, 138026, 88269, 35050, 1351 },
            }
            : new long[,]
            {
                { 29, 4, 5, 2, 0 },
                { 59, 22, 10, 6, 0 },
                { 119, 56, 33, 12, 0 },
                { 143, 116, 69, 19, 0 },
                { 156, 88, 74, 38, 0 },
                { 206373, 137953, 88209, 35019, 1351 },
            };
        Assert.Equal(r, Observed(result));
    }

    [Fact]
    public void Knox_ratios_of_the_Chicago_burglaries_agree_with_the_NearRepeat_R_package_within_Monte_Carlo_error()
    {
        // R's Knox ratios from the Manhattan run above (set.seed(1), nrep = 999), for the cells with enough pairs
        // for a stable ratio. Both sides are Monte Carlo estimates from different random streams, so they agree only
        // to within sampling error: about 5% where the expected count is 30 or more.
        var incidents = TestFiles.ReadIncidents("chicago_be_month1.csv");
        var options = Options([0, 1, 101, 201, 301, 401, double.PositiveInfinity], [0, 8, 15, 22, 29, double.PositiveInfinity], permutations: 999);

        var result = KnoxTest.Run(incidents, options);

        (int Space, int Time, double Ratio)[] r =
        [
            (1, 0, 1.4758215), (2, 0, 1.2853709), (2, 1, 0.8644517), (3, 0, 0.9381883), (3, 1, 1.0167939),
            (3, 2, 1.1540722), (4, 0, 0.9961501), (4, 1, 1.0539466), (4, 2, 1.0502820), (5, 0, 0.9997911),
        ];
        foreach (var (space, time, ratio) in r)
        {
            Assert.Equal(ratio, result[space, time].KnoxRatio!.Value, 0.06 * ratio);
        }
        // Both find the same-location and 1-201 m, 0-7 day excess significant at 1% (R: p = 0.002, 0.003, 0.002).
        Assert.True(result[0, 0].PValue < 0.01);
        Assert.True(result[1, 0].PValue < 0.01);
        Assert.True(result[2, 0].PValue < 0.01);
    }

    [Fact]
    public void Observed_counts_of_the_Chicago_arsons_equal_the_NearRepeat_R_package()
    {
        // set.seed(1); NearRepeat(x = d$X, y = d$Y, time = d$date, sds = c(0,0.001,200,400,600,Inf),
        //                         tds = c(0,1,2,3,Inf), method = "manhattan", nrep = 99)$observed
        var incidents = TestFiles.ReadIncidents("chicago_arson.csv");

        var result = KnoxTest.Run(incidents, Options([0, 0.001, 200, 400, 600, double.PositiveInfinity], [0, 1, 2, 3, double.PositiveInfinity], permutations: 9));

        long[,] r =
        {
            { 0, 2, 0, 8 },
            { 9, 1, 1, 45 },
            { 4, 0, 0, 141 },
            { 6, 0, 0, 233 },
            { 393, 710, 770, 133658 },
        };
        Assert.Equal(r, Observed(result));
    }

    [Theory]
    [InlineData(new[] { 0, 1, 101, 201, 301, 401, double.PositiveInfinity }, new[] { 0, 8, 15, 22, 29, double.PositiveInfinity })]
    [InlineData(new[] { 0, 0.001, 250, double.PositiveInfinity }, new[] { 0, 1, 2, 3, 400.0 })]
    [InlineData(new[] { 50, 150, 300.0 }, new[] { 2, 5, double.PositiveInfinity })]
    [InlineData(new[] { 0, double.PositiveInfinity }, new[] { 0, 1, double.PositiveInfinity })]
    [InlineData(new[] { 10, 100, double.PositiveInfinity }, new[] { 0, 7, double.PositiveInfinity })]
    public void Observed_counts_equal_a_brute_force_count_over_every_pair(double[] space, double[] time)
    {
        // 1,500 clustered incidents, dates over a year: enough close pairs to exercise the eight-at-a-time loop.
        var random = new Random(5);
        var incidents = Enumerable.Range(0, 1500).Select(_ =>
        {
            var cluster = random.Next(30);
            return new NearRepeatEvent(
                cluster * 700 + random.NextDouble() * 600,
                cluster % 7 * 900 + random.NextDouble() * 600,
                Day1.AddDays(random.Next(366)));
        }).ToArray();
        var spatial = DistanceBands.FromBreaks(space);
        var temporal = DistanceBands.FromBreaks(time);

        var result = KnoxTest.Run(incidents, Options(space, time, permutations: 3));

        var expected = new long[spatial.Count, temporal.Count];
        for (var i = 0; i < incidents.Length; i++)
        {
            for (var j = i + 1; j < incidents.Length; j++)
            {
                var s = spatial.IndexOf(Math.Abs(incidents[i].X - incidents[j].X) + Math.Abs(incidents[i].Y - incidents[j].Y));
                var t = temporal.IndexOf(Math.Abs(incidents[i].Date.DayNumber - incidents[j].Date.DayNumber));
                if (s >= 0 && t >= 0) expected[s, t]++;
            }
        }
        Assert.Equal(expected, Observed(result));
    }

    [Fact]
    public void Expected_counts_of_the_Chicago_burglaries_approach_the_exact_permutation_expectation()
    {
        // Exact expectation of a cell: (pairs in its space band) x (pairs in its time band) / (all pairs). With 400
        // permutations the mean is within a few percent where the expectation is 100 pairs or more.
        var incidents = TestFiles.ReadIncidents("chicago_be_month1.csv");
        var result = KnoxTest.Run(incidents, Options([0, 1, 101, 201, 301, 401, double.PositiveInfinity], [0, 8, 15, 22, 29, double.PositiveInfinity], permutations: 400));

        var rows = Enumerable.Range(0, 6).Select(s => Enumerable.Range(0, 5).Sum(t => (double)result[s, t].Observed)).ToArray();
        var columns = Enumerable.Range(0, 5).Select(t => Enumerable.Range(0, 6).Sum(s => (double)result[s, t].Observed)).ToArray();
        for (var s = 0; s < 6; s++)
        {
            for (var t = 0; t < 5; t++)
            {
                var exact = rows[s] * columns[t] / result.PairCount;
                if (exact >= 100) Assert.Equal(exact, result[s, t].ExpectedMean, 0.05 * exact);
            }
        }
        // Permuting dates keeps every column total: 1,351 pairs are 29 or more days apart in each permutation.
        Assert.Equal(1351, Enumerable.Range(0, 6).Sum(s => result[s, 4].ExpectedMean), 9);
    }

    /// <summary>
    /// Ratcliffe's Near Repeat Calculator 1.3 on the arsons (200 m x 3 bands, 1 day x 3 bands, Manhattan) labels its
    /// rows "Same location, 1 to 200, 201 to 400, 401 to 600, More than 600" and its columns "0 to 1, 2 to 2, 3 to 3,
    /// More than 3". What it counts is different: same location means exactly 0 m, then (0, 200), [200, 400),
    /// [400, 600) and [600, Inf) metres; and [0, 1), [1, 2), [2, 3), [3, Inf) days, i.e. the same day, 1 day, 2 days,
    /// 3 or more days apart. A column labelled "a to b" holds gaps of a-1 up to b-1 (the NearRepeat package's NRC
    /// vignette found the same). It also computes distances in single precision: with coordinates held as doubles
    /// one pair 399.961 m apart (rows 89 and 319) is in [200, 400), but the calculator counts it in "401 to 600"
    /// because 399.961 rounds to 400.0 as a float. Rounding the coordinates to float reproduces its table exactly.
    /// </summary>
    [Fact]
    public void Observed_counts_of_the_Chicago_arsons_equal_the_Near_Repeat_Calculator_under_its_actual_bands()
    {
        var incidents = TestFiles.ReadIncidents("chicago_arson.csv")
            .Select(e => e with { X = (float)e.X, Y = (float)e.Y })
            .ToList();
        var calculator = ReadCalculatorObservedTable("chicago_arson_NRverbose_2019-09-23_145637.csv");

        var result = KnoxTest.Run(incidents, Options([0, 0.001, 200, 400, 600, double.PositiveInfinity], [0, 1, 2, 3, double.PositiveInfinity], permutations: 9));

        Assert.Equal(
            ["Same location", "1 to 200", "201 to 400", "401 to 600", "More than 600"],
            calculator.RowLabels);
        Assert.Equal(["0 to 1", "2 to 2", "3 to 3", "More than 3"], calculator.ColumnLabels);
        Assert.Equal(calculator.Counts, Observed(result));
    }

    /// <summary>The "Observed frequencies distribution" block of a Near Repeat Calculator verbose file; blank cells are 0.</summary>
    private static (string[] RowLabels, string[] ColumnLabels, long[,] Counts) ReadCalculatorObservedTable(string name)
    {
        var lines = File.ReadAllLines(TestFiles.PathOf(name)).Select(l => l.TrimEnd('\r')).ToArray();
        var start = Array.IndexOf(lines, "Observed frequencies distribution");
        var columnLabels = lines[start + 1].Split(',').Skip(2).Where(s => s.Length > 0).ToArray();
        var rows = new List<string[]>();
        for (var i = start + 3; i < lines.Length && lines[i].Trim().Length > 0; i++) rows.Add(lines[i].Split(','));
        var counts = new long[rows.Count, columnLabels.Length];
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columnLabels.Length; c++)
            {
                var cell = rows[r][c + 2].Trim();
                counts[r, c] = cell.Length == 0 ? 0 : long.Parse(cell, CultureInfo.InvariantCulture);
            }
        }
        return (rows.Select(r => r[1].Trim()).ToArray(), columnLabels, counts);
    }
}
