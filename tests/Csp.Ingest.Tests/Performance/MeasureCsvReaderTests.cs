using System.Text;
using Csp.Core.Performance;
using Csp.Ingest.Performance;
using Csp.Ingest.Tests.Returns;

namespace Csp.Ingest.Tests.Performance;

public sealed class MeasureCsvReaderTests
{
    [Fact]
    public void The_configured_measures_read_with_their_targets_owners_and_priorities()
    {
        var measures = ReturnFiles.Measures.Value;

        Assert.Equal(25, measures.Count);
        var rtc = measures.Single(m => m.Name == "Road traffic collisions");
        Assert.Null(rtc.Target);
        Assert.Equal(new MeasureTarget(TargetKind.Improve, 0), rtc.AreaTargets["Dartford"]);
        Assert.Equal(MeasureTarget.Maintain, rtc.AreaTargets["gravesham"]);
        var rate = measures.Single(m => m.Name == "Youth justice first-time entrants per 1000 aged 10-17");
        Assert.Equal((MeasureUnit.RatePer1000, "Youth justice first-time entrants", new AgeBand(10, 17)), (rate.Unit, rate.SourceKey, rate.RateAgeBand!.Value));
        var violence = measures.Single(m => m.Name == "Violent crime");
        Assert.Equal((MeasureSourceKind.PoliceUkCategory, "Violence and sexual offences", "Kent Police", "Violent crime (including domestic abuse)"),
            (violence.SourceKind, violence.SourceKey, violence.OwnerAgency, violence.Priority));
        var repeats = measures.Single(m => m.SourceKind == MeasureSourceKind.RepeatVictims);
        Assert.Equal((MeasureUnit.Percentage, 12), (repeats.Unit, repeats.WindowMonths));
        Assert.Equal("domestic", measures.Single(m => m.Name == "Domestic abuse incidents (incident records)").SourceKey);
    }

    [Fact]
    public void A_repeat_victims_measure_is_a_percentage_with_a_look_back_in_whole_months()
    {
        const string csv = "name,source,unit,polarity,target,window_months\n" +
            "DA repeats (6 months),repeat victims,percentage,lower,reduce,6\n" +
            "DA repeats (count),repeat victims,count,lower,reduce,\n" +
            "DA repeats (weeks),repeat victims,percentage,lower,reduce,6w\n";

        var (measures, issues) = MeasureCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "measures.csv");

        Assert.Equal(6, measures.Single().WindowMonths);
        Assert.Equal("repeat victims|6", measures.Single().SeriesKey);
        Assert.Equal([(3L, "unit"), (4L, "window_months")], issues.Select(i => (i.Line, i.Field!)));
    }

    [Fact]
    public void A_bad_line_is_reported_with_its_field_and_the_rest_kept()
    {
        const string csv = "name,source,unit,polarity,target,area_targets\n" +
            "Fires,return,count,lower,reduce,\n" +
            "Fires,return,count,lower,reduce,\n" +
            "Noise,return,decibels,monitor,,\n" +
            "CPNs,return,count,sideways,,\n" +
            "RTC,return,count,lower,,Dartford=lots\n" +
            "Treatment,return,count,higher,gently,\n";

        var (measures, issues) = MeasureCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "measures.csv");

        Assert.Equal(["Fires"], measures.Select(m => m.Name));
        Assert.Equal([(3L, "name"), (4L, "unit"), (5L, "polarity"), (6L, "area_targets"), (7L, "target")], issues.Select(i => (i.Line, i.Field!)));
    }
}
