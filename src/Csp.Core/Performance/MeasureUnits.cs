namespace Csp.Core.Performance;

/// <summary>The names of <see cref="MeasureUnit"/> as returns and configuration write them.</summary>
public static class MeasureUnits
{
    /// <summary>"count", "percentage", "rate per 1,000", "currency": the <c>unit</c> of a performance row.</summary>
    public static string Label(this MeasureUnit unit) => unit switch
    {
        MeasureUnit.Count => "count",
        MeasureUnit.Percentage => "percentage",
        MeasureUnit.RatePer1000 => "rate per 1,000",
        MeasureUnit.Currency => "currency",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>True for units whose values over consecutive periods add up (counts and money).</summary>
    public static bool IsSummable(this MeasureUnit unit) => unit is MeasureUnit.Count or MeasureUnit.Currency;

    /// <summary>
    /// Reads a unit as partners write it, case-insensitive: count / number / no.; percentage / percent / %;
    /// rate per 1,000 / rate per 1000 / per 1,000 / rate; currency / £ / gbp / pounds.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out MeasureUnit unit)
    {
        var t = text.Trim();
        unit = MeasureUnit.Count;
        if (Is(t, "count") || Is(t, "number") || Is(t, "no.") || Is(t, "n")) return true;
        unit = MeasureUnit.Percentage;
        if (Is(t, "percentage") || Is(t, "percent") || Is(t, "%") || Is(t, "pct")) return true;
        unit = MeasureUnit.RatePer1000;
        if (Is(t, "rate per 1,000") || Is(t, "rate per 1000") || Is(t, "per 1,000") || Is(t, "per 1000") || Is(t, "rate")) return true;
        unit = MeasureUnit.Currency;
        if (Is(t, "currency") || Is(t, "£") || Is(t, "gbp") || Is(t, "pounds")) return true;
        unit = default;
        return false;
    }

    private static bool Is(ReadOnlySpan<char> text, string name) => text.Equals(name, StringComparison.OrdinalIgnoreCase);
}
