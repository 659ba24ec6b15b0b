using System.Text.Json;
using Csp.Cli.Tests.Infrastructure;
using Csp.Testing;

namespace Csp.Cli.Tests.Briefing;

/// <summary>The JSON contracts of csp briefing, csp time-profile and csp tasking (README, "Daily briefing and tasking") on the sample with its demonstration incidents.</summary>
[Collection(SampleCollection.Name)]
public sealed class BriefingCommandTests(SampleDatabase sample)
{
    private string Copy()
    {
        var copy = Path.Combine(Path.GetTempPath(), "csp-tests", $"briefing-cli-{Guid.NewGuid():N}.sqlite");
        File.Copy(sample.Path, copy);
        return copy;
    }

    [Fact]
    public async Task The_briefing_json_has_the_documented_fields_says_it_is_demonstration_data_and_gives_victim_counts_without_keys()
    {
        // The demonstration set is moved to end yesterday: a window over yesterday afternoon always holds incidents.
        var yesterday = DateTime.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("briefing", "--area", "Gravesham", "--since", yesterday + "T00:00", "--until", yesterday + "T23:59",
            "--format", "json", "--database", sample.Path);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        foreach (var field in new[] { "since", "until", "incidents", "emerging", "repeatLocations", "repeatVictims", "tasksDue", "places", "nearRepeatAlerts", "emergingMethod", "nearRepeatMethod" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }
        Assert.Equal(yesterday + "T00:00:00", root.GetProperty("since").GetString());
        Assert.True(root.GetProperty("demonstrationData").GetBoolean());
        Assert.Contains("Demonstration data", root.GetProperty("dataLabel").GetString(), StringComparison.Ordinal);
        var incidents = root.GetProperty("incidents").EnumerateArray().ToList();
        Assert.NotEmpty(incidents);
        Assert.Equal(root.GetProperty("total").GetInt32(), incidents.Sum(c => c.GetProperty("count").GetInt32()));
        Assert.All(incidents, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("category").GetString())));
        foreach (var e in root.GetProperty("emerging").EnumerateArray())
        {
            foreach (var field in new[] { "place", "category", "recent", "expected", "p" }) Assert.True(e.TryGetProperty(field, out _), field);
        }
        foreach (var l in root.GetProperty("repeatLocations").EnumerateArray())
        {
            Assert.True(l.GetProperty("count").GetInt32() >= 2);
            Assert.Equal(28, l.GetProperty("window").GetInt32());
            Assert.StartsWith("DEMO-ADDR-", l.GetProperty("locationKey").GetString(), StringComparison.Ordinal);
        }
        var victims = root.GetProperty("repeatVictims");
        Assert.False(victims.GetProperty("keysShown").GetBoolean());
        Assert.Empty(victims.GetProperty("keys").EnumerateArray());
        Assert.DoesNotContain("DEMO-C-", stdout, StringComparison.Ordinal); // no caller key anywhere in the output
        Assert.DoesNotContain("DEMO-V-", stdout, StringComparison.Ordinal); // nor victim key
    }

    [Fact]
    public async Task Victim_keys_come_only_with_the_option_and_match_the_count()
    {
        var database = Copy();
        var yesterday = DateTime.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("briefing", "--area", "Gravesham", "--since", DateTime.Today.AddDays(-8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00",
            "--until", yesterday + "T23:59", "--victim-keys", "--format", "json", "--database", database);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var victims = json.RootElement.GetProperty("repeatVictims");
        Assert.True(victims.GetProperty("keysShown").GetBoolean());
        Assert.True(victims.GetProperty("count").GetInt32() > 0, "a week of the demonstration set holds repeat domestic abuse victims");
        Assert.Equal(victims.GetProperty("count").GetInt32(), victims.GetProperty("keys").GetArrayLength());
    }

    [Fact]
    public async Task The_time_profile_json_has_24_hours_7_by_24_weekday_hours_12_months_and_the_window_share()
    {
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("time-profile", "--area", "Gravesham", "--period", "2025-01..2025-12",
            "--category", "Violence against the person", "--window", "19:00-01:00", "--format", "json", "--database", sample.Path);

        Assert.True(exit == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        var byHour = root.GetProperty("byHour").EnumerateArray().Select(h => h.GetInt32()).ToList();
        Assert.Equal(24, byHour.Count);
        var rows = root.GetProperty("byWeekdayHour").EnumerateArray().ToList();
        Assert.Equal(7, rows.Count);
        Assert.All(rows, r => Assert.Equal(24, r.GetArrayLength()));
        Assert.Equal(byHour.Sum(), rows.Sum(r => r.EnumerateArray().Sum(c => c.GetInt32())));
        Assert.Equal(12, root.GetProperty("byMonth").GetArrayLength());
        var total = root.GetProperty("total").GetInt32();
        var unknown = root.GetProperty("unknownTime").GetInt32();
        Assert.Equal(total - unknown, byHour.Sum());
        Assert.Equal(total, root.GetProperty("byMonth").EnumerateArray().Sum(m => m.GetInt32()));
        var window = root.GetProperty("window");
        Assert.Equal(("19:00", "01:00"), (window.GetProperty("from").GetString(), window.GetProperty("to").GetString()));
        // The window's count is the hours 19-23 and 0 of the same counts.
        Assert.Equal(byHour[19] + byHour[20] + byHour[21] + byHour[22] + byHour[23] + byHour[0], window.GetProperty("count").GetInt32());
        Assert.Equal(window.GetProperty("count").GetDouble() / (total - unknown), window.GetProperty("share").GetDouble(), 1e-12);
        Assert.True(root.GetProperty("demonstrationData").GetBoolean());
    }

    [Fact]
    public async Task A_window_that_is_not_a_stretch_of_the_clock_is_refused_with_the_form_expected()
    {
        var (exit, _, stderr) = await CspProcess.RunSplitAsync("time-profile", "--area", "Gravesham", "--period", "2025-01..2025-12", "--window", "19:00-19:00", "--database", sample.Path);
        Assert.Equal(1, exit);
        Assert.Contains("HH:MM-HH:MM", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_raised_by_a_partner_is_theirs_to_close_and_invisible_to_other_agencies()
    {
        var database = Copy();
        var due = DateTime.Today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var raised = await CspProcess.RunSplitAsync("tasking", "raise", "--what", "Patrol the park", "--where", "Woodlands Park", "--due", due, "--agency", "Police",
            "--as", "p.officer", "--owner-agency", "Fire and Rescue Service", "--format", "json", "--database", database);
        Assert.True(raised.Exit == 0, raised.Stderr);
        using var task = JsonDocument.Parse(raised.Stdout);
        var reference = task.RootElement.GetProperty("reference").GetString()!;
        Assert.Equal(("Police", "Fire and Rescue Service", "p.officer"), (task.RootElement.GetProperty("raisedByAgency").GetString(),
            task.RootElement.GetProperty("ownerAgency").GetString(), task.RootElement.GetProperty("raisedBy").GetString()));

        var health = await CspProcess.RunSplitAsync("tasking", "list", "--agency", "Health", "--format", "json", "--database", database);
        using (var list = JsonDocument.Parse(health.Stdout)) Assert.Empty(list.RootElement.GetProperty("tasks").EnumerateArray());

        var byFire = await CspProcess.RunSplitAsync("tasking", "close", reference, "--outcome", "done", "--agency", "Fire and Rescue Service", "--database", database);
        Assert.Equal(2, byFire.Exit); // refused: exit 2, as for a thing the user may not have
        Assert.Contains("raised by Police", byFire.Stderr, StringComparison.Ordinal);

        var byPolice = await CspProcess.RunSplitAsync("tasking", "close", reference, "--outcome", "Patrolled twice", "--agency", "Police", "--format", "json", "--database", database);
        Assert.True(byPolice.Exit == 0, byPolice.Stderr);
        using var closed = JsonDocument.Parse(byPolice.Stdout);
        Assert.Equal("Completed", closed.RootElement.GetProperty("status").GetString());
        Assert.Equal(2, closed.RootElement.GetProperty("history").GetArrayLength());
    }
}
