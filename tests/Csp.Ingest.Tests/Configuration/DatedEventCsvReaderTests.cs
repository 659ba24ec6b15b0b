using System.Text;
using Csp.Core.Briefing;
using Csp.Ingest.Configuration;

namespace Csp.Ingest.Tests.Configuration;

public sealed class DatedEventCsvReaderTests
{
    [Fact]
    public void The_bundled_list_reads_without_a_problem_and_holds_the_seasonal_plans_of_the_seeds()
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryFiles.Root, "data", "config", "dated-events.csv"));

        var (events, issues) = DatedEventCsvReader.Read(stream, "dated-events.csv");

        Assert.Empty(issues);
        Assert.Contains(events, e => e.Name == "Halloween" && e.AnnualFrom == (10, 31));
        Assert.Contains(events, e => e.Name == "Bonfire Night" && e.AnnualFrom == (11, 5));
        Assert.Contains(events, e => e.Name.StartsWith("Christmas", StringComparison.Ordinal));
        Assert.Contains(events, e => !e.IsAnnual && e.Name.Contains("summer holiday 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Annual_and_fixed_days_are_read_and_a_bad_day_is_reported_with_its_line()
    {
        var text = "event,from,to\nNew Year,12-31,01-01\nFair,2025-06-14,2025-06-15\nBad,31-10,31-10\nBackwards,2025-06-15,2025-06-14\n";

        var (events, issues) = DatedEventCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "events.csv");

        Assert.Equal([DatedEvent.Annual("New Year", 12, 31, 1, 1), DatedEvent.Fixed("Fair", new DateOnly(2025, 6, 14), new DateOnly(2025, 6, 15))], events);
        Assert.Equal([(4L, "from"), (5L, "to")], issues.Select(i => (i.Line, i.Field!)));
    }
}
