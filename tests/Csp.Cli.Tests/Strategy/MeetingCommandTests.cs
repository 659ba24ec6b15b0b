using System.Text.Json;
using System.Text.RegularExpressions;
using Csp.Cli.Tests.Infrastructure;
using Csp.Cli.Tests.Reports;
using Csp.Testing;

namespace Csp.Cli.Tests.Strategy;

/// <summary>
/// <c>csp meeting list --format json</c>, <c>csp report minutes</c> and <c>csp report strategy</c> on the bundled sample
/// (its two demonstration meetings of the Management Group): the contract's JSON fields, the minutes as a Word file that
/// LibreOffice opens (with the matters arising of the earlier meeting), the strategy document in the seeds' shape, and
/// Strategy on a Page as a PNG of one A4 page.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed partial class MeetingCommandTests(SampleDatabase sample)
{
    private readonly string _folder = Directory.CreateTempSubdirectory("csp-meeting-cli-").FullName;

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    private static string Words(string text) => Regex.Replace(text, @"\s+", " ");

    [Fact]
    public async Task The_sample_meetings_list_as_json_and_the_later_ones_minutes_open_in_Word_with_the_matters_arising()
    {
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("meeting", "list", "--group", "Management Group", "--format", "json", "--database", sample.Path);
        Assert.True(exit == 0, stderr);
        var meetings = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        foreach (var field in new[] { "id", "group", "heldOn", "title", "present", "apologies", "items", "decisions", "actions", "openActions", "priorityDecision", "source" })
        {
            Assert.All(meetings, m => Assert.True(m.TryGetProperty(field, out _), field));
        }
        // Newest first; the counts are data/sample/strategy/meetings.json's.
        Assert.Equal(["2026-04-16", "2026-01-15"], meetings.Select(m => m.GetProperty("heldOn").GetString()));
        Assert.Equal([3, 4], meetings.Select(m => m.GetProperty("present").GetInt32()));
        Assert.Equal([2, 1], meetings.Select(m => m.GetProperty("apologies").GetInt32()));
        Assert.Equal([1, 2], meetings.Select(m => m.GetProperty("openActions").GetInt32()));
        Assert.All(meetings, m => Assert.Equal("CSP Management Group", m.GetProperty("group").GetString()));
        Assert.All(meetings, m => Assert.StartsWith("DEMONSTRATION", m.GetProperty("source").GetString(), StringComparison.Ordinal));

        var docx = Path.Combine(_folder, "minutes.docx");
        var later = meetings[0].GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (made, madeOut, madeErr) = await CspProcess.RunSplitAsync("report", "minutes", "--meeting", later, "--format", "docx", "--out", docx, "--database", sample.Path);
        Assert.True(made == 0, madeOut + madeErr);
        var text = Words(await Poppler.TextAsync(await Poppler.ConvertWithLibreOfficeAsync(docx)));
        Assert.Contains("CSP Management Group: minutes of the meeting of 16 April 2026", text, StringComparison.Ordinal);
        Assert.Contains("Sam Example, Community Safety Manager (Gravesham Borough Council)", text, StringComparison.Ordinal);
        // The earlier meeting's A2 (in progress) and A3 (not started) are outstanding; its A1 was completed. (pdftotext wraps
        // the table's cells, so the section is read as words.)
        var arising = text[text.IndexOf("Matters arising", StringComparison.Ordinal)..text.IndexOf("1. Minutes of the meeting of 15 January 2026", StringComparison.Ordinal)];
        Assert.Contains("2 actions from earlier meetings of the group were outstanding.", arising, StringComparison.Ordinal);
        foreach (var expected in new[] { " A2 ", " A3 ", "Ask the delivery groups", "Draft the 2026 refresh", "27 Feb 2026", "31 Mar 2026", "In progress: Four of the", "Not started" })
        {
            Assert.Contains(expected, arising, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(" A1 ", arising, StringComparison.Ordinal);
        Assert.DoesNotContain("Circulate the Strategic Assessment", text, StringComparison.Ordinal);
        Assert.Contains("Report the red and overdue actions", text, StringComparison.Ordinal);

        // No meeting, an unknown one, and Excel are refused.
        Assert.Equal(1, (await CspProcess.RunSplitAsync("report", "minutes", "--format", "html", "--out", docx, "--database", sample.Path)).Item1);
        Assert.Equal(2, (await CspProcess.RunSplitAsync("report", "minutes", "--meeting", "999", "--format", "html", "--out", docx, "--database", sample.Path)).Item1);
        Assert.Equal(1, (await CspProcess.RunSplitAsync("report", "minutes", "--meeting", later, "--format", "xlsx", "--out", docx, "--database", sample.Path)).Item1);
    }

    [Fact]
    public async Task The_strategy_prints_in_the_seeds_shape_and_strategy_on_a_page_is_one_A4_picture()
    {
        var html = Path.Combine(_folder, "strategy.html");
        var (exit, stdout, stderr) = await CspProcess.RunSplitAsync("report", "strategy", "--format", "html", "--out", html, "--database", sample.Path);
        Assert.True(exit == 0, stdout + stderr);
        var text = Words(Tags().Replace(await File.ReadAllTextAsync(html), " "));
        Assert.Contains("Dartford and Gravesham Community Safety Strategy 2016-19", text, StringComparison.Ordinal);
        Assert.Contains("Priority 1: Protecting Vulnerable People from Harm", text, StringComparison.Ordinal);
        Assert.Contains("Why is this a priority?", text, StringComparison.Ordinal);
        Assert.Contains("How will we measure success? Number of Domestic Violence Protection Orders issued", text, StringComparison.Ordinal);
        // Seed 004's strategy holds no "what we will do" or "what we want to achieve" (its action plan says it): nothing is made up for them.
        Assert.DoesNotContain("What will we do?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("What do we want to achieve?", text, StringComparison.Ordinal);
        // The action plan in seed 004's columns, every ref.
        Assert.Contains("3.1 To develop a joint Dartford and Gravesham Prevent Action Plan", text, StringComparison.Ordinal);
        Assert.Equal(37, Regex.Matches(await File.ReadAllTextAsync(html), "<tr><th scope=\"row\">\\d\\.\\d+</th>").Count);

        var png = Path.Combine(_folder, "page.png");
        var (pngExit, pngOut, pngErr) = await CspProcess.RunSplitAsync("strategy", "page", "--format", "png", "--out", png, "--database", sample.Path);
        Assert.True(pngExit == 0, pngOut + pngErr);
        var bytes = await File.ReadAllBytesAsync(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        // The IHDR chunk's width and height: A4 at 96 CSS pixels an inch (794 x 1123), drawn at twice the size.
        Assert.Equal((1588, 2246), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20))));
    }
}
