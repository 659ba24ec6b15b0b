namespace Csp.Reporting.Figures;

/// <summary>
/// A value axis with "nice" ticks (1, 2, 2.5 or 5 times a power of ten), always including zero: counts and rates are
/// drawn from zero so that a bar's length or a line's height is not exaggerated.
/// </summary>
internal sealed record AxisScale(double Min, double Max, double Step)
{
    public static AxisScale For(IEnumerable<double> values, int targetTicks = 5)
    {
        var list = values.Where(double.IsFinite).ToList();
        var min = Math.Min(0, list.Count == 0 ? 0 : list.Min());
        var max = Math.Max(0, list.Count == 0 ? 0 : list.Max());
        if (max - min < 1e-12) max = min + 1;
        var step = NiceStep((max - min) / targetTicks);
        return new AxisScale(Math.Floor(min / step) * step, Math.Ceiling(max / step - 1e-9) * step, step);
    }

    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    public IEnumerable<double> Ticks()
    {
        var n = (int)Math.Round((Max - Min) / Step);
        for (var i = 0; i <= n; i++) yield return Min + i * Step;
    }

    /// <summary>Decimals the tick labels need to be exact: none for a step of 1 or 5, one for 2.5, two for 0.25.</summary>
    public int Decimals
    {
        get
        {
            for (var d = 0; d < 6; d++)
            {
                var scaled = Step * Math.Pow(10, d);
                if (Math.Abs(scaled - Math.Round(scaled)) < 1e-9 * Math.Max(1, scaled)) return d;
            }
            return 6;
        }
    }

    /// <summary>Where <paramref name="value"/> falls between <paramref name="from"/> (at Min) and <paramref name="to"/> (at Max).</summary>
    public double Map(double value, double from, double to) => from + (value - Min) / (Max - Min) * (to - from);
}
