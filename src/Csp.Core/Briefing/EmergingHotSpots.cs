using System.Globalization;
using Csp.Core.Statistics;

namespace Csp.Core.Briefing;

/// <summary>
/// Places where the last 7 and 28 days run above their own usual level: a Poisson exceedance test per place and
/// category against the place's own trailing rate.
/// </summary>
/// <remarks>
/// For each place (grid cell, or the ward or LSOA incidents were given) and category: the baseline is the count b over
/// the <see cref="EmergingHotSpotOptions.BaselineDays"/> B before the last 28 days, and the usual rate is (b + 0.5) / B
/// a day (the half incident is Jeffreys' prior: a place with no history is not given a rate of zero, which would make
/// any incident infinitely surprising). For the last 7 and the last 28 days the expected count is rate × days and the
/// p-value is P(X ≥ recent) for X ~ Poisson(expected). A window is flagged when its p-value is below alpha and its count
/// at least the minimum. The rate is the place's own, so a place that is always busy is not flagged for being busy,
/// only for being busier than it usually is; a rise across the whole district (summer) raises every place, and shows
/// as many flags. One pass over the incidents of the last B + 28 days, counted into arrays.
/// </remarks>
public static class EmergingHotSpots
{
    public static EmergingHotSpotsResult Find(IncidentIndex incidents, EmergingHotSpotOptions options)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(options);
        if (options.BaselineDays < 28) throw new ArgumentOutOfRangeException(nameof(options), options.BaselineDays, "The baseline needs at least 28 days.");
        if (options.Alpha is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(options), options.Alpha, "Alpha must be between 0 and 1.");
        var until = IncidentIndex.KeyOf(options.Until);
        var start28 = until - 28L * IncidentIndex.MinutesPerDay;
        var start7 = until - 7L * IncidentIndex.MinutesPerDay;
        var baselineStart = start28 - (long)options.BaselineDays * IncidentIndex.MinutesPerDay;
        var grid = options.Grid;
        var placeCount = grid?.CellCount ?? incidents.Places.Count;
        var selected = incidents.SelectCategories(options.Categories);
        // Dense columns for the selected categories only.
        var column = new int[selected.Length];
        var categories = 0;
        for (var c = 0; c < selected.Length; c++) column[c] = selected[c] ? categories++ : -1;
        var pairs = (long)placeCount * categories;
        if (pairs > 50_000_000) throw new ArgumentException($"{placeCount:N0} places × {categories} categories is too many to test; use larger cells or fewer categories.", nameof(options));
        var baseline = new int[pairs];
        var recent28 = new int[pairs];
        var recent7 = new int[pairs];
        var minute = incidents.Minute;
        var category = incidents.Category;
        var place = incidents.Place;
        var end = incidents.FirstAtOrAfter(until);
        for (var i = incidents.FirstAtOrAfter(baselineStart); i < end; i++)
        {
            var col = column[category[i]];
            if (col < 0) continue;
            var p = grid is null ? place[i] : grid.CellIndexOf(incidents.X[i], incidents.Y[i]);
            if (p < 0) continue;
            var at = (long)p * categories + col;
            var key = minute[i];
            if (key < start28) baseline[at]++;
            else
            {
                recent28[at]++;
                if (key >= start7) recent7[at]++;
            }
        }
        var names = new string[categories];
        for (var c = 0; c < selected.Length; c++) if (column[c] >= 0) names[column[c]] = incidents.Categories[c];
        var days = (double)options.BaselineDays;
        var falseAlarmsByBaseline = new Dictionary<int, double>();
        var falseAlarms = 0.0;
        var found = new List<EmergingHotSpot>();
        for (long at = 0; at < pairs; at++)
        {
            var b = baseline[at];
            if (!falseAlarmsByBaseline.TryGetValue(b, out var chance))
            {
                var rate = (b + 0.5) / days;
                chance = FalseAlarm(rate * 7, options) + FalseAlarm(rate * 28, options);
                falseAlarmsByBaseline.Add(b, chance);
            }
            falseAlarms += chance;
            int r7 = recent7[at], r28 = recent28[at];
            if (r7 < options.MinimumCount && r28 < options.MinimumCount) continue;
            var usual = (b + 0.5) / days;
            double e7 = usual * 7, e28 = usual * 28;
            var p7 = PoissonTail.AtLeast(r7, e7);
            var p28 = PoissonTail.AtLeast(r28, e28);
            var flag7 = r7 >= options.MinimumCount && p7 < options.Alpha;
            var flag28 = r28 >= options.MinimumCount && p28 < options.Alpha;
            if (!flag7 && !flag28) continue;
            var seven = flag7 && (!flag28 || p7 <= p28);
            var cell = (int)(at / categories);
            var placeName = grid is null ? incidents.Places[cell] : CellName(grid, cell);
            found.Add(new EmergingHotSpot(placeName, names[at % categories], seven ? 7 : 28, seven ? r7 : r28, seven ? e7 : e28, seven ? p7 : p28,
                r7, e7, p7, r28, e28, p28, b, grid?.Centre(cell)));
        }
        found.Sort((x, y) => x.PValue != y.PValue ? x.PValue.CompareTo(y.PValue) : y.Recent != x.Recent ? y.Recent.CompareTo(x.Recent)
            : string.CompareOrdinal(x.Place + x.Category, y.Place + y.Category));
        var method = string.Create(CultureInfo.GetCultureInfo("en-GB"),
            $"Each {(grid is null ? "place" : $"{grid.CellSize:0} m grid cell")} and category is tested against its own usual rate over the {options.BaselineDays} days before the last 28 " +
            $"(Poisson, one-sided): flagged when the last 7 or 28 days reach {options.MinimumCount} or more incidents and a count that high would happen by chance less than " +
            $"{options.Alpha:0.####} of the time. Over the {pairs:N0} places and categories tested, about {falseAlarms:N1} flags a day would arise by chance alone.");
        return new EmergingHotSpotsResult(options.Until, IncidentIndex.TimeOf(baselineStart), IncidentIndex.TimeOf(start28), found, (int)pairs, falseAlarms,
            pairs == 0 ? 0 : falseAlarms / pairs, method);
    }

    /// <summary>The chance under the null that a window with this expected count is flagged: P(X ≥ its flagging count).</summary>
    internal static double FalseAlarm(double expected, EmergingHotSpotOptions options) =>
        PoissonTail.AtLeast(PoissonTail.Threshold(expected, options.Alpha, options.MinimumCount), expected);

    private static string CellName(Geometry.SquareGrid grid, int cell)
    {
        var centre = grid.Centre(cell);
        return string.Create(CultureInfo.InvariantCulture, $"cell {cell % grid.Columns},{cell / grid.Columns} (E {centre.X:0}, N {centre.Y:0})");
    }
}
