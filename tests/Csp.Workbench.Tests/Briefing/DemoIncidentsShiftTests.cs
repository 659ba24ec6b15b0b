using System.IO.Compression;
using System.Text;
using Csp.Workbench.Imports;

namespace Csp.Workbench.Tests.Briefing;

/// <summary>The demonstration incidents move forward by whole weeks to reach yesterday, and what would lie in the future is dropped.</summary>
public sealed class DemoIncidentsShiftTests
{
    private static MemoryStream Gzip(string text)
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(Encoding.UTF8.GetBytes(text));
        buffer.Position = 0;
        return buffer;
    }

    [Fact]
    public void Dates_move_by_the_whole_weeks_that_bring_the_last_day_to_yesterday_or_after_and_rows_from_today_on_are_dropped()
    {
        // Last day Thursday 3 December 2026; now Saturday 5 December 10:00: yesterday is 1 day after it, so the shift is 7 days.
        const string File = "id,date,time,category,easting,northing,location_key,victim_key,domestic,alcohol,lsoa,ward,source\n" +
            "DEMO-1,2026-11-26,09:00,Shoplifting,1,2,,,no,no,E1,\"Ward, with comma\",GENERATED DEMO\n" +
            "DEMO-2,2026-11-27,,Shoplifting,1,2,,,no,no,E1,W,GENERATED DEMO\n" +
            "DEMO-3,2026-11-28,10:01,Shoplifting,1,2,,,no,no,E1,W,GENERATED DEMO\n" +
            "DEMO-4,2026-12-03,23:00,Shoplifting,1,2,,,no,no,E1,W,GENERATED DEMO\n";
        var (csv, shift, kept, dropped) = DemoIncidents.Shift(Gzip(File), new DateTime(2026, 12, 5, 10, 0, 0));

        Assert.Equal(7, shift);
        Assert.Equal((2, 2), (kept, dropped)); // DEMO-3 would be today (the load stops at the start of today), DEMO-4 next Thursday
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("DEMO-1,2026-12-03,09:00,Shoplifting,1,2,,,no,no,E1,\"Ward, with comma\",GENERATED DEMO", lines[1]);
        Assert.Equal("DEMO-2,2026-12-04,,Shoplifting,1,2,,,no,no,E1,W,GENERATED DEMO", lines[2]); // untimed: counted at 00:00 yesterday
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void A_file_that_already_reaches_yesterday_is_not_moved()
    {
        const string File = "id,date,time,category,easting,northing\nDEMO-1,2026-12-04,09:00,Shoplifting,1,2\n";
        var (_, shift, kept, _) = DemoIncidents.Shift(Gzip(File), new DateTime(2026, 12, 5, 10, 0, 0));
        Assert.Equal((0, 1), (shift, kept));
    }
}
