namespace Csp.Reporting.Figures;

/// <summary>
/// The colours of charts and maps. The series colours are from Okabe and Ito's palette, which readers with the common
/// colour-vision deficiencies can tell apart; the map classes are ColorBrewer's single-hue Blues, which print in grey
/// without losing their order. Text and lines are dark enough for WCAG AA contrast on white.
/// </summary>
internal static class FigurePalette
{
    public const string Ink = "#1a1a1a";
    public const string MutedInk = "#505050";
    public const string Grid = "#dcdcdc";
    public const string Axis = "#505050";

    /// <summary>The area itself, the current period.</summary>
    public const string Current = "#0b4f8a";

    /// <summary>The baseline period: grey, dashed in line charts.</summary>
    public const string Baseline = "#6e6e6e";

    /// <summary>A comparison (the county): Okabe-Ito vermilion.</summary>
    public const string Comparison = "#d55e00";

    /// <summary>Bars of the other areas in a rank chart.</summary>
    public const string Other = "#9cb8d3";

    /// <summary>The highlighted bar (the area among its siblings): Okabe-Ito vermilion, away from the blues of the others.</summary>
    public const string Highlight = "#d55e00";

    public const string Reference = "#3a3a3a";

    public const string NoData = "#f2f2f2";

    public const string ContextOutline = "#1a1a1a";

    private static readonly string[] Blues9 =
        ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"];

    /// <summary>Extra series beyond the three roles, in Okabe-Ito order.</summary>
    private static readonly string[] Extra = ["#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#f0e442"];

    public static string Series(int index, Core.Reports.SeriesRole role, int sameRoleIndex) => role switch
    {
        Core.Reports.SeriesRole.Current when sameRoleIndex == 0 => Current,
        Core.Reports.SeriesRole.Baseline when sameRoleIndex == 0 => Baseline,
        Core.Reports.SeriesRole.Comparison when sameRoleIndex == 0 => Comparison,
        _ => Extra[index % Extra.Length],
    };

    /// <summary><paramref name="classes"/> shades from light to dark (2 to 9), spread over the Blues scale.</summary>
    public static IReadOnlyList<string> Classes(int classes)
    {
        classes = Math.Clamp(classes, 1, Blues9.Length);
        if (classes == 1) return [Blues9[4]];
        // From the second-lightest (the lightest is too close to white on paper) to the darkest.
        return Enumerable.Range(0, classes).Select(i => Blues9[1 + (int)Math.Round(i * (Blues9.Length - 2) / (double)(classes - 1))]).ToList();
    }

    /// <summary>Black or white text, whichever reads better on the fill.</summary>
    public static string TextOn(string fill)
    {
        var r = Convert.ToInt32(fill.Substring(1, 2), 16);
        var g = Convert.ToInt32(fill.Substring(3, 2), 16);
        var b = Convert.ToInt32(fill.Substring(5, 2), 16);
        return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? Ink : "#ffffff";
    }
}
