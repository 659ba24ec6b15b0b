using Csp.Core.Geometry;
using Csp.Core.HotSpots;

namespace Csp.Core.Tests.HotSpots;

public class KernelDensityTests
{
    // The peers' grid: a 1000 m x 800 m area in 20 m cells, 50 columns x 40 rows, values at cell centres
    // (x = 10, 30, ..., 990; y = 10, 30, ..., 790). Inputs and outputs from benchmarks/hotspots/peers/make-test-data.R.
    private static readonly SquareGrid PeerGrid = new(new Extent(0, 0, 1000, 800), 20);

    private static PlanarPoint[] Points(string name) =>
        TestFiles.ReadNumericTable(name).Rows.Select(r => new PlanarPoint(r[0], r[1])).ToArray();

    private static double[] PeerValues(string name)
    {
        var values = new double[PeerGrid.CellCount];
        foreach (var r in TestFiles.ReadNumericTable(name).Rows) values[(int)r[1] * PeerGrid.Columns + (int)r[0]] = r[2];
        return values;
    }

    private static void AssertClose(double[] expected, IReadOnlyList<double> actual, double relative)
    {
        var tolerance = relative * expected.Max();
        for (var i = 0; i < expected.Length; i++) Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"cell {i}: {expected[i]} vs {actual[i]}");
    }

    [Fact]
    public void Gaussian_estimate_equals_KernSmooth_bkde2D_times_n_within_1e_9_of_the_maximum()
    {
        // bkde2D(cbind(x, y), bandwidth = c(60, 60), gridsize = c(50, 40), range.x = list(c(10, 990), c(10, 790)))
        // bkde2D gives a probability density (integrates to 1) and truncates the kernel at 3.4 bandwidths.
        var points = Points("kde_points.csv");
        var bkde = PeerValues("kde_bkde2d_gaussian_h60.csv").Select(f => f * points.Length).ToArray();

        var result = KernelDensity.Estimate(PeerGrid, points, new KernelDensityOptions { Kernel = KernelShape.Gaussian, Bandwidth = 60, GaussianTruncation = 3.4 });

        AssertClose(bkde, result.Intensity, 1e-9);
        Assert.Equal(200, result.PointsUsed);
    }

    [Fact]
    public void Gaussian_estimate_equals_spatstat_density_ppp_within_1e_9_of_the_maximum()
    {
        // density(X, sigma = 60, kernel = "gaussian", edge = FALSE, dimyx = c(40, 50)), points on cell centres
        // (spatstat bins to the nearest pixel and does not truncate the kernel: we cut it at 8 sigma, losing 1e-14).
        var points = Points("kde_points_on_centres.csv");
        var spatstat = PeerValues("kde_spatstat_gaussian_sigma60.csv");

        var result = KernelDensity.Estimate(PeerGrid, points, new KernelDensityOptions { Kernel = KernelShape.Gaussian, Bandwidth = 60, GaussianTruncation = 8 });

        AssertClose(spatstat, result.Intensity, 1e-9);
    }

    [Fact]
    public void Quartic_estimate_equals_spatstat_density_ppp_with_sigma_radius_over_root_8_within_1e_9_of_the_maximum()
    {
        // density(X, sigma = 100 / sqrt(8), kernel = "quartic", edge = FALSE, dimyx = c(40, 50))
        var points = Points("kde_points_on_centres.csv");
        var spatstat = PeerValues("kde_spatstat_quartic_radius100.csv");

        var result = KernelDensity.Estimate(PeerGrid, points, new KernelDensityOptions { Kernel = KernelShape.Quartic, Bandwidth = 100 });

        AssertClose(spatstat, result.Intensity, 1e-9);
    }

    [Fact]
    public void Scott_rule_equals_spatstat_bw_scott_isotropic()
    {
        // bw.scott(ppp(x, y, window = owin(c(0, 1000), c(0, 800))), isotropic = TRUE)
        var sigma = TestFiles.ReadNumericTable("kde_spatstat_bw_scott.csv").Rows[0][0];

        Assert.Equal(sigma, BandwidthRule.Scott(Points("kde_points.csv")), 1e-9);
    }

    [Fact]
    public void Without_a_bandwidth_the_quartic_radius_is_root_8_times_Scott_sigma()
    {
        var points = Points("kde_points.csv");

        var result = KernelDensity.Estimate(PeerGrid, points);

        Assert.Equal(Math.Sqrt(8) * BandwidthRule.Scott(points), result.Bandwidth, 9);
    }

    [Fact]
    public void One_point_in_the_middle_spreads_its_mass_over_the_hand_worked_quartic_weights()
    {
        // Radius 150 m on 100 m cells: offsets 0 (weight 1), 4 edge neighbours at 100 m ((1 - 4/9)² = 25/81) and
        // 4 diagonal ones at 141 m ((1 - 8/9)² = 1/81). Sum = 1 + 100/81 + 4/81 = 185/81, so the centre cell holds
        // 81/185 of the point, i.e. 81/185 / 10,000 m² per square metre.
        var grid = new SquareGrid(new Extent(0, 0, 500, 500), 100);

        var result = KernelDensity.Estimate(grid, [new PlanarPoint(250, 250)], new KernelDensityOptions { Bandwidth = 150 });

        Assert.Equal(81.0 / 185 / 10_000, result.Intensity[12], 15);
        Assert.Equal(25.0 / 185 / 10_000, result.Intensity[13], 15);
        Assert.Equal(1.0 / 185 / 10_000, result.Intensity[18], 15);
        Assert.Equal(0.0, result.Intensity[0]);
        Assert.Equal(81.0 / 185 * 100, result.PerSquareKilometre(12), 9);
    }

    [Fact]
    public void Mass_is_kept_when_the_kernel_stays_inside_the_grid()
    {
        var points = Points("kde_points.csv").Where(p => p.X is > 300 and < 700 && p.Y is > 300 and < 500).ToArray();

        var result = KernelDensity.Estimate(PeerGrid, points, new KernelDensityOptions { Kernel = KernelShape.Gaussian, Bandwidth = 40 });

        Assert.Equal(points.Length, result.Intensity.Sum() * 20 * 20, 9);
    }

    [Fact]
    public void Points_outside_the_area_are_reported_not_smoothed_in()
    {
        PlanarPoint[] points = [new(500, 400), new(-5_000, 400), new(500, 1e9)];

        var result = KernelDensity.Estimate(PeerGrid, points, new KernelDensityOptions { Bandwidth = 100 });

        Assert.Equal((1, 2), (result.PointsUsed, result.PointsOutside));
        Assert.Equal(1.0, result.Intensity.Sum() * 400, 9);
    }

    [Theory]
    [InlineData(KernelShape.Gaussian, 30.0)]
    [InlineData(KernelShape.Gaussian, 400.0)]
    [InlineData(KernelShape.Quartic, 60.0)]
    [InlineData(KernelShape.Quartic, 600.0)]
    public void Direct_and_FFT_convolution_give_the_same_surface(KernelShape kernel, double bandwidth)
    {
        // Small kernels are convolved directly and large ones by FFT; a brute-force sum over the binned grid checks both.
        var points = Points("kde_points.csv");
        var options = new KernelDensityOptions { Kernel = kernel, Bandwidth = bandwidth };

        var result = KernelDensity.Estimate(PeerGrid, points, options);
        var binned = KernelDensity.Estimate(PeerGrid, points, options with { Bandwidth = 1e-6 }); // no smoothing: the binned points
        var expected = BruteForce(PeerGrid, binned.Intensity.ToArray(), kernel, bandwidth, options.GaussianTruncation);

        AssertClose(expected, result.Intensity, 1e-12);
    }

    [Theory]
    [InlineData(KernelShape.Gaussian, 3000.0)]
    [InlineData(KernelShape.Quartic, 1500.0)]
    public void FFT_convolution_handles_odd_grids_and_kernels_as_wide_as_the_grid(KernelShape kernel, double bandwidth)
    {
        // 61 x 127 cells of 20 m: the kernel reaches past the grid in both directions, so every path is the FFT one.
        var grid = new SquareGrid(new Extent(0, 0, 1220, 2540), 20);
        var random = new Random(3);
        var points = Enumerable.Range(0, 500).Select(_ => new PlanarPoint(random.NextDouble() * 1220, random.NextDouble() * 2540)).ToArray();
        var options = new KernelDensityOptions { Kernel = kernel, Bandwidth = bandwidth };

        var result = KernelDensity.Estimate(grid, points, options);
        var binned = KernelDensity.Estimate(grid, points, options with { Bandwidth = 1e-6 });
        var expected = BruteForce(grid, binned.Intensity.ToArray(), kernel, bandwidth, options.GaussianTruncation);

        AssertClose(expected, result.Intensity, 1e-12);
    }

    private static double[] BruteForce(SquareGrid grid, double[] binned, KernelShape kernel, double bandwidth, double truncation)
    {
        int columns = grid.Columns, rows = grid.Rows;
        var delta = grid.CellSize;
        var reach = kernel == KernelShape.Gaussian ? (int)Math.Floor(truncation * bandwidth / delta) : (int)Math.Floor(bandwidth / delta);
        double Weight(int dx, int dy)
        {
            if (kernel == KernelShape.Gaussian)
            {
                if (Math.Abs(dx) > reach || Math.Abs(dy) > reach) return 0;
                return Math.Exp(-0.5 * (dx * dx + dy * dy) * delta * delta / (bandwidth * bandwidth));
            }
            var d2 = (dx * dx + dy * dy) * delta * delta;
            return d2 < bandwidth * bandwidth ? Math.Pow(1 - d2 / (bandwidth * bandwidth), 2) : 0;
        }
        double total = 0;
        for (var dy = -reach; dy <= reach; dy++)
        {
            for (var dx = -reach; dx <= reach; dx++) total += Weight(dx, dy);
        }
        var result = new double[binned.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                double sum = 0;
                for (var sr = Math.Max(0, r - reach); sr <= Math.Min(rows - 1, r + reach); sr++)
                {
                    for (var sc = Math.Max(0, c - reach); sc <= Math.Min(columns - 1, c + reach); sc++)
                    {
                        sum += binned[sr * columns + sc] * Weight(sc - c, sr - r);
                    }
                }
                result[r * columns + c] = sum / total;
            }
        }
        return result;
    }
}
