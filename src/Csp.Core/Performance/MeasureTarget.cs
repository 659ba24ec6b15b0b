using System.Globalization;

namespace Csp.Core.Performance;

/// <summary>A measure's target: a level, a change on the baseline, any improvement, or "maintain".</summary>
/// <param name="Value">The level (<see cref="TargetKind.Number"/>), the signed change in per cent or percentage points;
/// 0 for <see cref="TargetKind.Improve"/> and <see cref="TargetKind.Maintain"/>.</param>
public sealed record MeasureTarget(TargetKind Kind, decimal Value)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static readonly MeasureTarget Maintain = new(TargetKind.Maintain, 0);

    /// <summary>True when the level depends on the baseline (everything but a plain number).</summary>
    public bool NeedsBaseline => Kind != TargetKind.Number;

    /// <summary>
    /// The level the figure is judged against, or null when it needs a baseline that is not there:
    /// a number is itself; a % change is baseline x (1 + change/100); a points change is baseline + change;
    /// "maintain" and "reduce"/"increase" are the baseline.
    /// </summary>
    public decimal? Level(decimal? baseline) => Kind switch
    {
        TargetKind.Number => Value,
        TargetKind.PercentChange => baseline * (1 + Value / 100m),
        TargetKind.PointsChange => baseline + Value,
        _ => baseline,
    };

    /// <summary>
    /// Reads a target as a partnership writes it (case-insensitive, invariant numbers):
    /// <c>maintain</c> (or "maintain the low level"); <c>reduce</c> / <c>increase</c> (any improvement);
    /// <c>reduce by 5%</c>, <c>-5%</c>, <c>increase by 3%</c>, <c>+3%</c> (a % change on the baseline);
    /// <c>reduce by 2pp</c>, <c>-2 pp</c>, <c>+1.5 percentage points</c> (a change in points);
    /// <c>120</c>, <c>1,200</c> (a level). An empty text is no target.
    /// </summary>
    public static bool TryParse(string? text, out MeasureTarget? target)
    {
        target = null;
        var t = (text ?? "").Trim().ToLowerInvariant();
        if (t.Length == 0) return true;
        if (t.StartsWith("maintain", StringComparison.Ordinal))
        {
            target = Maintain;
            return true;
        }
        var sign = 0;
        foreach (var (word, s) in new[] { ("reduce by", -1), ("reduce", -1), ("reduction of", -1), ("a reduction", -1), ("decrease by", -1), ("increase by", 1), ("increase", 1), ("an increase", 1) })
        {
            if (!t.StartsWith(word, StringComparison.Ordinal)) continue;
            sign = s;
            t = t[word.Length..].Trim();
            break;
        }
        if (t.Length == 0 || t.StartsWith("in ", StringComparison.Ordinal))
        {
            // "reduce" or "a reduction in road traffic collisions": any improvement.
            if (sign == 0) return false;
            target = new MeasureTarget(TargetKind.Improve, 0);
            return true;
        }
        var kind = TargetKind.Number;
        foreach (var suffix in new[] { "percentage points", "pp", "%" })
        {
            if (!t.EndsWith(suffix, StringComparison.Ordinal)) continue;
            kind = suffix == "%" ? TargetKind.PercentChange : TargetKind.PointsChange;
            t = t[..^suffix.Length].Trim();
            break;
        }
        if (!decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)) return false;
        if (sign != 0)
        {
            // "reduce by 5%": the words give the sign, the number its size.
            if (kind == TargetKind.Number) return false;
            value = sign * Math.Abs(value);
        }
        else if (kind == TargetKind.PercentChange && t[0] is not ('+' or '-'))
        {
            // "65%" with no sign is a level for a percentage measure, not a change.
            kind = TargetKind.Number;
        }
        target = new MeasureTarget(kind, value);
        return true;
    }

    /// <summary>As a person reads it: "reduce by 5%", "reduce by 2.0 pp", "maintain", "reduce", "120 or fewer", "65.0% or more".</summary>
    public string Describe(Polarity polarity, MeasureUnit unit)
    {
        var down = Value < 0 || (Value == 0 && polarity == Polarity.LowerIsBetter);
        var size = Math.Abs(Value);
        return Kind switch
        {
            TargetKind.Maintain => "maintain",
            TargetKind.Improve => polarity == Polarity.HigherIsBetter ? "increase" : "reduce",
            TargetKind.PercentChange => $"{(down ? "reduce" : "increase")} by {size.ToString("0.#", EnGb)}%",
            TargetKind.PointsChange => $"{(down ? "reduce" : "increase")} by {size.ToString("0.0", EnGb)} pp",
            _ => Level(unit) + (polarity switch
            {
                Polarity.LowerIsBetter => " or fewer",
                Polarity.HigherIsBetter => " or more",
                _ => "",
            }),
        };

        string Level(MeasureUnit u) => u switch
        {
            MeasureUnit.Percentage => Value.ToString("0.0", EnGb) + "%",
            MeasureUnit.RatePer1000 => Value.ToString("#,0.00", EnGb),
            MeasureUnit.Currency => "£" + Value.ToString("#,0", EnGb),
            _ => Value.ToString("#,0.##", EnGb),
        };
    }
}
