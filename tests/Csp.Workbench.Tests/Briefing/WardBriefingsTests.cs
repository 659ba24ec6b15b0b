using System.Text;
using Csp.Core.Periods;
using Csp.Core.Reports;
using Csp.Ingest.Sources;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Storage.Loaders;
using Csp.Testing;
using Csp.Workbench.Briefing;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Workbench.Tests.Briefing;

/// <summary>The ward member briefing is public: no count from 1 to 4 reaches it, nor any change that would reveal one.</summary>
[Collection(BriefingSampleCollection.Name)]
public sealed class WardBriefingsTests(BriefingSample sample)
{
    private const string Ward = "Whitehill & Windmill Hill";

    // November 2026 in the ward: ASB 6 (W1-W6), violence 2 (V1-V2); November 2025: ASB 5, violence 0.
    private static string Incidents()
    {
        var csv = new StringBuilder("id,date,time,category,easting,northing\n");
        for (var i = 1; i <= 6; i++) csv.Append($"W{i},2026-11-0{i},20:00,Anti-social behaviour,565653,172809\n");
        for (var i = 1; i <= 2; i++) csv.Append($"V{i},2026-11-1{i},22:00,Violence against the person,565653,172809\n");
        for (var i = 1; i <= 5; i++) csv.Append($"B{i},2025-11-0{i},20:00,Anti-social behaviour,565653,172809\n");
        return csv.ToString();
    }

    [Fact]
    public async Task Counts_below_five_and_the_changes_that_would_reveal_them_are_withheld_and_the_rest_shown()
    {
        var database = sample.Copy();
        await using (var connection = await database.OpenConnectionAsync(CancellationToken.None)) Sql.Execute(connection, null, "DELETE FROM incidents");
        var clock = new MovableClock(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
        var bytes = Encoding.UTF8.GetBytes(Incidents());
        await new IncidentImporter(database, clock).ImportAsync(new InputFile("ward.csv", bytes.Length, () =>
        {
            var memory = new MemoryStream(bytes);
            return new ProgressStream(memory, () => memory.Position, memory);
        }), 27700, CancellationToken.None);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddCsp(_ => database, _ => Repository.Root);
        var provider = services.BuildServiceProvider();
        var incidents = provider.GetRequiredService<AreaIncidents>();
        var (_, ward) = await incidents.ForAsync(Ward, CancellationToken.None);
        var (_, district) = await incidents.ForAsync("Gravesham", CancellationToken.None);
        var periods = new PeriodComparison(new MonthRange(new YearMonth(2026, 11), new YearMonth(2026, 11)), new MonthRange(new YearMonth(2025, 11), new YearMonth(2025, 11)), "month");

        var document = provider.GetRequiredService<WardBriefings>().Document(ward!, district!, periods, openTasks: 2, Classification.Public(5));

        var rows = document.Tables().Single().Rows.ToDictionary(r => r.Cells[0].Text!, r => r.Cells.Skip(1).ToList());
        // ASB: 5 then 6, change +1 (+20%): both counts shown, so the change is too.
        Assert.Equal([5.0, 6.0, 1.0, 20.0], rows["Anti-social behaviour"].Select(c => c.Number!.Value));
        // Violence: 0 then 2: the 2 is withheld and so is the change (+2 would reveal it); 0 is shown.
        Assert.Equal(0.0, rows["Violence against the person"][0].Number);
        Assert.All(rows["Violence against the person"].Skip(1).Take(2), c => Assert.True(c.Suppressed));
        Assert.Equal([5.0, 8.0, 3.0], rows["All incidents"].Take(3).Select(c => c.Number!.Value));
        var cells = document.Tables().SelectMany(t => t.Rows).SelectMany(r => r.Cells.Skip(1).Take(2));
        Assert.DoesNotContain(cells, c => c.Number is > 0 and < 5);
        Assert.Contains(document.AllBlocks().OfType<ParagraphBlock>(), p => p.Text.Contains("open tasks in Whitehill & Windmill Hill (fewer than 5)", StringComparison.Ordinal));
        Assert.Contains(document.AllBlocks().OfType<ParagraphBlock>(), p => p.Text.Contains("most incidents of the", StringComparison.Ordinal));

        var (file, _, problem) = await provider.GetRequiredService<WardBriefings>().MakeAsync(Ward, periods, ReportFormat.Html, 5, CancellationToken.None);
        Assert.True(file is not null, problem);
        var html = Encoding.UTF8.GetString(file.Content);
        Assert.Contains("Ward member briefing: Whitehill &amp; Windmill Hill", html, StringComparison.Ordinal);
        Assert.Contains("Part 1 - Public", html, StringComparison.Ordinal);
    }
}
