using System.Globalization;
using Csp.Core.Areas;
using Csp.Core.Periods;

namespace Csp.Core.Assessment;

/// <summary>
/// What a ward's assessment says about ward sets: which set it is counted and ranked in, and how many crimes its district
/// holds in LSOAs that no ward of that set lists (their codes changed for the 2021 Census, and the lookups held give no
/// way to place them): stated rather than silently left out, and never counted in two wards.
/// </summary>
internal static class WardNotes
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="totalTypes">The crime types of Total crime, whose counts the note gives.</param>
    public static IEnumerable<string> For(CrimeCounts counts, AreaModel areas, Area ward, PeriodComparison periods, int[] totalTypes)
    {
        if (ward.Level != AreaLevel.Ward || ward.ParentCode is null || areas.WardSetFor(ward, periods.Period) is not { } set) yield break;
        var district = areas.Find(ward.ParentCode);
        var districtName = district?.Name ?? ward.ParentCode;
        var siblings = areas.Siblings(ward, periods.Period).Count(s => areas.UnitsOf(s.Code).Count > 0);
        var inForce = WardVintage.InForce(areas.WardSetYears, periods.Period);
        var text = inForce == set
            ? $"Wards: the {set} set (ONS lookup {WardVintage.LookupName(set)}), the set in force for {periods.Period.Label()}, ranked among the {siblings} wards of that set in {districtName}."
            : $"Wards: {ward.Name} is a ward of the {set} set (ONS lookup {WardVintage.LookupName(set)}); the {inForce} set is in force for {periods.Period.Label()}. " +
              $"It is counted as its LSOAs of {set} and ranked among the {siblings} wards of its own set in {districtName}.";

        var outside = areas.UnitsOutsideWards(ward.ParentCode, set);
        if (outside.Count > 0)
        {
            var series = counts.Series(outside);
            var before = AssessmentEngine.Sum(series, totalTypes, counts, periods.Baseline);
            var now = AssessmentEngine.Sum(series, totalTypes, counts, periods.Period);
            if (before + now > 0)
            {
                text += $" {Crimes(before)} in {periods.Baseline.Label()} and {Crimes(now, none: "none")} in {periods.Period.Label()} were recorded in LSOAs of {districtName} that no ward of this set lists " +
                    "(LSOAs redrawn for the 2021 Census): the district's figures include them and no ward's do, so the wards add up to less than the district.";
            }
        }
        yield return text;
    }

    private static string Crimes(long n, string none = "No crimes") => n switch
    {
        0 => none,
        1 => "1 crime",
        _ => n.ToString("N0", EnGb) + " crimes",
    };
}
