using System.Text.Json;
using Csp.Core.Briefing;
using Csp.Ingest.Incidents;

namespace Csp.Ingest.Tests.Briefing;

/// <summary>
/// The time profile of real dated and timed incidents (9,913 violent crimes in Chicago, January and February 2012,
/// TestData/README.md) read through the incident importer, against an independent recount of the same file by
/// scripts/recount-time-profile.py (Python, written from the documented rules, not from the C#).
/// </summary>
public sealed class ChicagoTimeProfileTests
{
    private static readonly Lazy<IncidentIndex> Index = new(() =>
    {
        using var stream = RepositoryFiles.Open(RepositoryFiles.TestData("chicago_violence_2012-01-02.csv.gz"));
        using var reader = new IncidentCsvReader(stream, "chicago_violence_2012-01-02.csv", epsg: 3435); // Illinois State Plane East (US feet), as published
        Assert.True(reader.Open(), reader.FileError?.Message);
        var builder = new IncidentIndexBuilder();
        foreach (var record in reader.Rows()) builder.Add(record);
        Assert.Empty(reader.TakeIssues());
        return builder.Build();
    });

    private static readonly Lazy<JsonElement> Recount = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryFiles.TestData("chicago_violence_2012-01-02.time-profile.json"))).RootElement);

    [Theory]
    [InlineData("all")]
    [InlineData("BATTERY")]
    [InlineData("ROBBERY")]
    public void The_profile_equals_the_independent_recount(string category)
    {
        var request = new TimeProfileRequest(new DateOnly(2012, 1, 1), new DateOnly(2012, 12, 31), category == "all" ? null : [category], TimeOfDayWindow.Parse("19:00-01:00"));

        var result = TimeProfile.Compute(Index.Value, request);

        var expected = Recount.Value.GetProperty(category);
        Assert.Equal(expected.GetProperty("total").GetInt32(), result.Total);
        Assert.Equal(expected.GetProperty("unknownTime").GetInt32(), result.UnknownTime);
        Assert.Equal(expected.GetProperty("byHour").EnumerateArray().Select(e => e.GetInt32()), result.ByHour);
        Assert.Equal(expected.GetProperty("byMonth").EnumerateArray().Select(e => e.GetInt32()), result.ByMonth);
        Assert.Equal(expected.GetProperty("byWeekdayHour").EnumerateArray().Select(r => r.EnumerateArray().Select(e => e.GetInt32()).ToList()),
            result.ByWeekdayHour.Select(r => r.ToList()));
        var window = expected.GetProperty("window");
        Assert.Equal(window.GetProperty("count").GetInt32(), result.Window!.Count);
        Assert.Equal(window.GetProperty("share").GetDouble(), result.Window.Share!.Value, 1e-12);
    }

    [Fact]
    public void The_finding_reads_as_a_sentence_with_the_recounted_share()
    {
        var result = TimeProfile.Compute(Index.Value, new TimeProfileRequest(new DateOnly(2012, 1, 1), new DateOnly(2012, 2, 29), ["ROBBERY"], TimeOfDayWindow.Parse("19:00-01:00"))
        {
            Label = "robbery",
        });

        // 456 of 1,321 timed robberies: 34.5%.
        Assert.Equal("35% of robbery happened between 19:00 and 01:00 (456 of 1,321 with a recorded time).", result.Findings[0]);
    }
}
