using System.Collections.Immutable;
using System.Globalization;

namespace Csp.Core.NearRepeat;

/// <summary>
/// Consecutive half-open bands [from, to) cut by break points, in metres for space or days for time,
/// as R's <c>cut(..., right = FALSE)</c> does in the NearRepeat package.
/// </summary>
/// <remarks>
/// Breaks {0, 1, 101, 201, Inf} give [0, 1), [1, 101), [101, 201) and [201, Inf). With the first break 0 and the
/// second small (1 m, or 0.001 m for coordinates with decimals) the first band is the "same location" band.
/// A distance below the first break, or at or above a finite last break, falls in no band and is not counted.
/// Only the last break may be +Infinity.
/// </remarks>
public sealed class DistanceBands
{
    private DistanceBands(ImmutableArray<double> breaks) => Breaks = breaks;

    /// <summary>The break points, strictly increasing, at least two; the last may be <see cref="double.PositiveInfinity"/>.</summary>
    public ImmutableArray<double> Breaks { get; }

    public int Count => Breaks.Length - 1;

    /// <summary>True when the last band has no upper bound.</summary>
    public bool IsOpenEnded => double.IsPositiveInfinity(Breaks[^1]);

    /// <summary>The largest finite break: distances at or beyond it fall in the open-ended band or in none.</summary>
    public double LargestFiniteBreak => IsOpenEnded ? Breaks[^2] : Breaks[^1];

    /// <summary>Number of bands with a finite upper bound.</summary>
    public int FiniteCount => IsOpenEnded ? Count - 1 : Count;

    public double From(int band) => Breaks[band];

    /// <summary>Upper bound (excluded) of the band, or null for the open-ended last band.</summary>
    public double? To(int band) => double.IsPositiveInfinity(Breaks[band + 1]) ? null : Breaks[band + 1];

    /// <summary>The band in interval notation, as the NearRepeat R package labels it: "[0, 1)", "[401, Inf)".</summary>
    /// <remarks>A day band [8, 15) holds gaps of 8 to 14 whole days: what the Near Repeat Calculator would call "8 to 14".</remarks>
    public string Label(int band) => string.Create(CultureInfo.InvariantCulture, $"[{Breaks[band]}, {(IsOpenEnded && band == Count - 1 ? "Inf" : Breaks[band + 1].ToString(CultureInfo.InvariantCulture))})");

    /// <summary>The band holding <paramref name="distance"/>, or -1 when it is in none.</summary>
    public int IndexOf(double distance)
    {
        if (!(distance >= Breaks[0])) return -1; // also NaN
        for (var band = 0; band < Count; band++)
        {
            if (distance < Breaks[band + 1]) return band;
        }
        return -1;
    }

    public static DistanceBands FromBreaks(params double[] breaks) => FromBreaks((IEnumerable<double>)breaks);

    public static DistanceBands FromBreaks(IEnumerable<double> breaks)
    {
        ArgumentNullException.ThrowIfNull(breaks);
        var values = breaks.ToImmutableArray();
        if (values.Length < 2)
            throw new ArgumentException("At least two break points are needed to make one band.", nameof(breaks));
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (double.IsNaN(value) || value < 0)
                throw new ArgumentException(Describe(values, $"break {i} is {value}; breaks must be 0 or more"), nameof(breaks));
            if (double.IsPositiveInfinity(value) && i != values.Length - 1)
                throw new ArgumentException(Describe(values, "only the last break may be Inf"), nameof(breaks));
            if (i > 0 && value <= values[i - 1])
                throw new ArgumentException(Describe(values, "breaks must be strictly increasing"), nameof(breaks));
        }
        return new DistanceBands(values);
    }

    public override string ToString() => "{" + string.Join(", ", Breaks.Select(b => b.ToString(CultureInfo.InvariantCulture))) + "}";

    private static string Describe(ImmutableArray<double> values, string problem) =>
        "Bad band breaks {" + string.Join(", ", values.Select(b => b.ToString(CultureInfo.InvariantCulture))) + "}: " + problem + ".";
}
