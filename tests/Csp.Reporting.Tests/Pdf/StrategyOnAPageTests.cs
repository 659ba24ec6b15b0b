using Csp.Core.Strategy;
using Csp.Reporting.Pdf;
using Csp.Reporting.Tests.Chromium;
using Csp.Reporting.Tests.Support;

namespace Csp.Reporting.Tests.Pdf;

/// <summary>
/// Strategy on a Page printed by the real Chromium stays on one A4 page however much the strategy holds: four themes, each
/// with long why paragraphs, ten measures and outcomes, twenty long actions (the lists are cut to what fits) and three
/// linked facts (the page prints the first with a figure), and a recorded decision; and the same of three themes.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class StrategyOnAPageTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static string Words(int count, string word) => string.Join(' ', Enumerable.Repeat(word, count));

    private static LinkedFact Fact(int theme, string sentence, double? figure)
    {
        Core.Periods.MonthRange.TryParse("2025-01..2025-09", out var period);
        return new LinkedFact(theme * 10, theme, new FactLink("E07000109", "Total crime", FactMeasure.Change, period, period.Shift(-12)), sentence, figure, figure?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "u/a");
    }

    private static (CommunitySafetyStrategy Strategy, IReadOnlyList<ActionPlanItem> Actions, PriorityDecision Decision) Fullest(int count)
    {
        var themes = Enumerable.Range(1, count).Select(n => new StrategyTheme(n, $"Theme {n} with a title as long as the seeds' longest titles run",
            [Words(80, "why"), Words(60, "because")], [Words(90, "fact")], [], Enumerable.Range(1, 10).Select(i => $"Outcome {i}: " + Words(40, "better")).ToList(),
            Enumerable.Range(1, 10).Select(i => $"Measure {i}: " + Words(40, "number")).ToList(), Enumerable.Range(1, 8).Select(i => $"Delivery group {i}").ToList(), [])
        {
            // Linked facts: the first the data cannot state (no figure), then the key fact the page prints, then another it leaves to the document.
            LinkedFacts = [Fact(n, "Not stated: the data is not held.", null), Fact(n, $"Key fact {n}: violence has fallen by 17.7% in Dartford and Gravesham (7,763 in Jan-Sept 22, 6,389 in Jan-Sept 25) compared to an average Kent-wide reduction of 19.0%.", -17.7),
                Fact(n, $"Second fact {n}", 5)],
        }).ToList();
        var actions = themes.SelectMany(t => Enumerable.Range(1, 20).Select(i => new ActionPlanItem(new ActionRef(t.Number, i), t.Title, "To " + Words(60, "deliver"),
            ["Group"], ["ASB"], null, null, null, null, ActionStatus.InProgress, i % 3 == 0 ? Rag.Red : Rag.Green, null))).ToList();
        var strategy = new CommunitySafetyStrategy("Dartford and Gravesham Community Safety Strategy", "2016-19", 2017,
            Enumerable.Range(1, 9).Select(i => $"Priority number {i} of the strategy").ToList(), ["Harm-focused", "Intelligence-led", "Problem-oriented", "Evidence-based"], themes, "seed 004");
        var decided = Enumerable.Range(1, 9).Select(i => new DecidedPriority($"Priority number {i} of the strategy", PriorityOutcome.Accepted, i, 50, true)).ToList();
        var decision = new PriorityDecision("E22000352", "Dartford and Gravesham", "2025-01..2025-09", "Jan 25 - Sep 25", "CSP Management Group", new DateOnly(2026, 1, 12),
            decided, "Reasons", "t.analyst", DateTimeOffset.UnixEpoch, new DateOnly(2026, 2, 2));
        return (strategy, actions, decision);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public async Task The_fullest_strategy_prints_on_one_A4_page_with_its_priorities_and_every_theme(int count)
    {
        var (strategy, actions, decision) = Fullest(count);
        var document = StrategyOnAPage.Build(strategy, actions, decision, new DateOnly(2026, 2, 3));
        using var output = new MemoryStream();
        await new PdfReportRenderer(chromium.Browser, new FixedClock(new DateTimeOffset(2026, 2, 3, 9, 0, 0, TimeSpan.Zero))).RenderAsync(document, output, CancellationToken.None);
        using var pdf = PdfFile.Write(output.ToArray());
        if (Environment.GetEnvironmentVariable("CSP_REPORT_OUTPUT") is { Length: > 0 }) File.Copy(pdf.Path, Path.Combine(ReportOutput.Folder("pdf"), $"{StrategyOnAPage.Kind}-{count}.pdf"), true);

        Assert.Equal(1, await pdf.PageCountAsync());
        Assert.Contains("(A4)", (await pdf.InfoAsync())["Page size"], StringComparison.Ordinal);
        var text = (await pdf.PageTextsAsync())[0];
        Assert.Contains("Priority number 9 of the strategy", text, StringComparison.Ordinal);
        foreach (var n in Enumerable.Range(1, count)) Assert.Contains($"Theme {n} with a title", text, StringComparison.Ordinal);
        // Of four themes two items a list are printed, of three three.
        Assert.Contains($"and {(count > 3 ? 18 : 17)} more in the action plan.", text, StringComparison.Ordinal);
        Assert.Contains($"and {(count > 3 ? 8 : 7)} more in the strategy.", text, StringComparison.Ordinal);
        // Each theme's key fact (the first linked with a figure), cut to what fits; the others are the document's.
        foreach (var n in Enumerable.Range(1, count)) Assert.Contains($"Key fact {n}:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Not stated", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Second fact", text, StringComparison.Ordinal);
        // Cut after the figures' bracket (three themes) or at a word (four): the comparison after it is the document's.
        Assert.DoesNotContain("Kent-wide", text, StringComparison.Ordinal);
    }
}
