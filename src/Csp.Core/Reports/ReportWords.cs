using System.Globalization;
using Csp.Core.Assessment;
using Csp.Core.Offences;
using Csp.Core.Periods;

namespace Csp.Core.Reports;

/// <summary>The words reports share: period labels as the seeds write them, units, the placeholders' values.</summary>
internal static class ReportWords
{
    public static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"YE Sep 25" for twelve months, as the seeds head their three-year tables; else "Jan-Sep 25".</summary>
    public static string SeriesLabel(SeriesPoint point)
    {
        var range = new MonthRange(YearMonth.Parse(point.From), YearMonth.Parse(point.To));
        return range.MonthCount == 12
            ? $"YE {new DateTime(range.To.Year, range.To.Month, 1).ToString("MMM", EnGb)} {(range.To.Year % 100).ToString("D2", CultureInfo.InvariantCulture)}"
            : range.Label();
    }

    /// <summary>The assessment year: the year the period ends in ("Strategic Assessment 2025").</summary>
    public static string Year(AssessmentResult result) => result.Period.To[..4];

    /// <summary>Crimes, or incidents for anti-social behaviour (which is not a crime).</summary>
    public static string Noun(string category) => category == PoliceUkCrimeTypes.AntiSocialBehaviour ? "incidents" : "crimes";

    public static string RateTitle(string category) => $"{Capitalised(Noun(category))} per 1,000 residents";

    public static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Month(string yyyyMm)
    {
        var m = YearMonth.Parse(yyyyMm);
        return new DateTime(m.Year, m.Month, 1).ToString("MMM yy", EnGb);
    }

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyDictionary<string, string> Placeholders(ReportInputs inputs)
    {
        var a = inputs.Assessment;
        var partnership = inputs.Partnership ?? a.Area.Name;
        var assessment = $"the {partnership} Community Safety Strategic Assessment {Year(a)}" + (partnership == a.Area.Name ? "" : $" for {a.Area.Name}");
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["assessment"] = assessment,
            ["area"] = a.Area.Name,
            ["county"] = a.County?.Name ?? a.Area.Name,
            ["partnership"] = inputs.Partnership ?? a.Area.Name,
            ["period"] = a.Period.Label,
            ["baseline"] = a.Baseline.Label,
            ["year"] = Year(a),
            ["date"] = inputs.Date.ToString("d MMMM yyyy", EnGb),
            // The template's own field wins (a partnership may write its council there); else the partnership's settings.
            ["council"] = inputs.Template.Fields.TryGetValue("council", out var council) ? council.Text : inputs.Council ?? "",
        };
    }
}
