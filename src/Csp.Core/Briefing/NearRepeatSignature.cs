using Csp.Core.Geometry;
using Csp.Core.NearRepeat;

namespace Csp.Core.Briefing;

/// <summary>
/// How far and for how long the risk after an incident is raised in this area, as the Knox test found it: an incident
/// of <see cref="Category"/> starts a near-repeat window over addresses within <see cref="Metres"/> for
/// <see cref="Days"/> days.
/// </summary>
public sealed record NearRepeatSignature(string Category, double Metres, int Days, DistanceMetric Metric = DistanceMetric.Manhattan)
{
    /// <summary>
    /// The extent of the significant cells (p below <paramref name="alpha"/>, Knox ratio above 1) joined to the nearest
    /// time band: starting from significant cells of the first time band, neighbouring significant cells (next space or
    /// time band) are added, and the signature reaches the furthest upper bounds among them. A significant cell cut off
    /// from these (a lone far cell) is taken as chance. Null when no cell of the first time band is significant, or the
    /// only significant cells are open-ended.
    /// </summary>
    public static NearRepeatSignature? FromKnox(string category, KnoxTestResult knox, double alpha = 0.05)
    {
        ArgumentNullException.ThrowIfNull(knox);
        var space = knox.Options.SpatialBands.Count;
        var time = knox.Options.TemporalBands.Count;
        bool Significant(int s, int t) => knox[s, t] is { PValue: var p, KnoxRatio: > 1, SpaceTo: not null, TimeTo: not null } && p < alpha;
        var reached = new bool[space, time];
        var stack = new Stack<(int S, int T)>();
        for (var s = 0; s < space; s++)
        {
            if (Significant(s, 0)) { reached[s, 0] = true; stack.Push((s, 0)); }
        }
        while (stack.Count > 0)
        {
            var (s, t) = stack.Pop();
            foreach (var (ns, nt) in ((int, int)[])[(s + 1, t), (s - 1, t), (s, t + 1), (s, t - 1)])
            {
                if (ns < 0 || nt < 0 || ns >= space || nt >= time || reached[ns, nt] || !Significant(ns, nt)) continue;
                reached[ns, nt] = true;
                stack.Push((ns, nt));
            }
        }
        double metres = -1, days = -1;
        for (var s = 0; s < space; s++)
        {
            for (var t = 0; t < time; t++)
            {
                if (!reached[s, t]) continue;
                metres = Math.Max(metres, knox[s, t].SpaceTo!.Value);
                days = Math.Max(days, knox[s, t].TimeTo!.Value);
            }
        }
        // Band upper bounds are excluded: [101, 201) metres reaches to just under 201 m, [8, 15) days to 14 whole days.
        return metres < 0 ? null : new NearRepeatSignature(category, metres, (int)Math.Ceiling(days) - 1, knox.Options.Metric);
    }
}
