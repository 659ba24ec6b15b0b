using System.Globalization;
using Csp.Core.Performance;

namespace Csp.Storage.Performance;

/// <summary>The figure a later return replaced: its value and where it came from.</summary>
public sealed record PreviousFigure(decimal? Value, string Unit, string? FileName, long Line, string? SubmittedBy)
{
    /// <summary>The later figure is the same (value, unit and flags): nothing was replaced.</summary>
    public bool Same { get; init; }

    /// <summary>"Deliberate fires, E07000107, 2025-04-01..2025-04-30, type=primary: 4 -> 5 (was fires.csv line 23)".</summary>
    public string Describe(ReturnValue now)
    {
        static string Text(decimal? v) => v is { } n ? n.ToString("#,0.##", CultureInfo.InvariantCulture) : "u/a";
        var where = FileName is not null ? $"{Path.GetFileName(FileName)} line {Line}" : SubmittedBy is not null ? $"entered by {SubmittedBy}" : "an earlier return";
        var breakdown = now.Breakdown.Length > 0 ? ", " + now.Breakdown : "";
        return $"{now.Measure}, {now.AreaCode}, {now.Period}{breakdown}: {Text(Value)} -> {Text(now.Value)} (was {where})";
    }
}
