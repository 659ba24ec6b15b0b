using Csp.Core.Assessment;
using Csp.Core.Periods;
using Csp.Core.Strategy;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Assessment;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Strategy;

/// <summary>
/// The facts of a strategy's priorities linked to the Strategic Assessment: an analyst links one (area, category, measure,
/// months) or unlinks it (administrators and analysts; audited), and the strategy's pages and documents state each with
/// the figure the data gives now, written as the public reads it (small numbers withheld). A new version of the strategy
/// carries its predecessor's facts on, the months moved by the years between the refreshes (<see cref="CarryOnAsync"/>).
/// </summary>
public sealed class StrategyFacts(CspDatabase database, TimeProvider clock, Assessments assessments)
{
    /// <summary>The categories a fact may state: the scheme's groups (Total crime first) and the police.uk crime types.</summary>
    public IReadOnlyList<string> Categories =>
        [.. assessments.Configuration.Scheme.Groups.Select(g => g.Name), .. assessments.Configuration.Scheme.HarmWeights.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The facts linked to a version, each as the data gives it now, in the order linked.</summary>
    public async Task<IReadOnlyList<LinkedFact>> ForStrategyAsync(long strategyId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.StrategyFacts.AsNoTracking().Where(f => f.StrategyId == strategyId).OrderBy(f => f.Theme).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var facts = new List<LinkedFact>(rows.Count);
        // One assessment per area and months: the facts of a priority usually share them.
        var answers = new Dictionary<(string, string, string), (AssessmentResult?, string?)>();
        foreach (var row in rows)
        {
            var link = Link(row);
            var key = (row.AreaCode, row.Period, row.Baseline);
            if (!answers.TryGetValue(key, out var answer))
            {
                var comparison = new PeriodComparison(link.Period, link.Baseline, "strategy fact");
                var a = await assessments.AnswerAsync(row.AreaCode, comparison, null, null, true, Readership.Public, cancellationToken).ConfigureAwait(false);
                answer = (a.Result, a.Detail ?? a.Title);
                answers[key] = answer;
            }
            facts.Add(FactWriter.Write(row.Id, row.Theme, link, answer.Item1, answer.Item2));
        }
        return facts;
    }

    /// <summary>Links a fact to a priority of a version: refused with reasons when the priority, area, category, measure or months are not understood, or the data cannot state it.</summary>
    public async Task<PlanChange> LinkAsync(PlanUser by, long strategyId, NewFact fact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(fact);
        if (!by.ManagesPlan) return PlanChange.Refused("Administrators and analysts link the strategy's facts.");
        await using var db = database.CreateContext();
        if (!await db.Strategies.AnyAsync(s => s.Id == strategyId, cancellationToken).ConfigureAwait(false)) return PlanChange.Refused($"There is no strategy {strategyId}.");
        var errors = new List<string>();
        if (!await db.StrategySections.AnyAsync(s => s.StrategyId == strategyId && s.Theme == fact.Theme && fact.Theme > 0, cancellationToken).ConfigureAwait(false))
        {
            errors.Add($"The strategy has no priority {fact.Theme}.");
        }
        var measure = ParseMeasure(fact.Measure);
        if (measure is null) errors.Add($"'{fact.Measure}' is not a measure; expected count, change, rate or rank.");
        MonthRange period = default, baseline = default;
        if (!MonthRange.TryParse(fact.Period ?? "", out period)) errors.Add($"The months '{fact.Period}' are not yyyy-MM..yyyy-MM (e.g. 2025-01..2025-09).");
        else if (string.IsNullOrWhiteSpace(fact.Baseline)) baseline = period.Shift(-12);
        else if (!MonthRange.TryParse(fact.Baseline, out baseline)) errors.Add($"The baseline '{fact.Baseline}' is not yyyy-MM..yyyy-MM.");
        else if (baseline.MonthCount != period.MonthCount) errors.Add($"The baseline has {baseline.MonthCount} months and the period {period.MonthCount}: compare like with like.");
        if (string.IsNullOrWhiteSpace(fact.Area)) errors.Add("Choose an area: an ONS code such as E07000109 or a name such as Gravesham.");
        if (string.IsNullOrWhiteSpace(fact.Category)) errors.Add("Choose a category of the assessment (e.g. Total crime).");
        if (errors.Count > 0) return PlanChange.Refused([.. errors]);
        var match = await assessments.FindAreaAsync(fact.Area!.Trim(), cancellationToken).ConfigureAwait(false);
        if (match.Area is not { } area) return PlanChange.Refused(match.Problem!);
        var link = new FactLink(area.Code, fact.Category!.Trim(), measure!.Value, period, baseline);
        var answer = await assessments.AnswerAsync(area.Code, new PeriodComparison(period, baseline, "strategy fact"), null, null, true, Readership.Public, cancellationToken)
            .ConfigureAwait(false);
        if (answer.Result is { } result)
        {
            var row = result.Rows.FirstOrDefault(r => string.Equals(r.Category, link.Category, StringComparison.OrdinalIgnoreCase));
            if (row is null) return PlanChange.Refused($"The assessment of {area.Name} has no category '{link.Category}'; it has {string.Join(", ", result.Rows.Select(r => r.Category))}.");
            link = link with { Category = row.Category };
        }
        var written = FactWriter.Write(0, fact.Theme, link, answer.Result, answer.Detail ?? answer.Title);
        if (written.Figure is null) return PlanChange.Refused($"The data cannot state this fact now: {written.Sentence}");
        var now = clock.GetUtcNow();
        var added = db.StrategyFacts.Add(new StrategyFactRow
        {
            StrategyId = strategyId, Theme = fact.Theme, AreaCode = link.AreaCode, Category = link.Category, Measure = link.Measure.ToString(), Period = link.Period.ToString(),
            Baseline = link.Baseline.ToString(), AddedBy = by.UserName, AddedAt = now,
        }).Entity;
        db.AuditLog.Add(new AuditEntryRow
        {
            At = now, UserName = by.UserName, Action = Audit.AuditActions.StrategyFactChanged, Address = by.Address, Target = $"strategy {strategyId}",
            Detail = $"linked to priority {fact.Theme}: {Describe(link)} ({written.FigureText})",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(added.Id);
    }

    /// <summary>Unlinks a fact (administrators and analysts; audited). A later version's fact carried from it stays.</summary>
    public async Task<PlanChange> UnlinkAsync(PlanUser by, long factId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.ManagesPlan) return PlanChange.Refused("Administrators and analysts link the strategy's facts.");
        await using var db = database.CreateContext();
        var row = await db.StrategyFacts.FirstOrDefaultAsync(f => f.Id == factId, cancellationToken).ConfigureAwait(false);
        if (row is null) return new PlanChange(false, 0, ["No such fact."], true);
        await db.StrategyFacts.Where(f => f.CarriedFrom == factId).ExecuteUpdateAsync(u => u.SetProperty(f => f.CarriedFrom, (long?)null), cancellationToken).ConfigureAwait(false);
        db.StrategyFacts.Remove(row);
        db.AuditLog.Add(new AuditEntryRow
        {
            At = clock.GetUtcNow(), UserName = by.UserName, Action = Audit.AuditActions.StrategyFactChanged, Address = by.Address, Target = $"strategy {row.StrategyId}",
            Detail = $"unlinked from priority {row.Theme}: {Describe(Link(row))}",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(row.StrategyId);
    }

    /// <summary>
    /// Carries the facts of the version before <paramref name="strategy"/> (the latest earlier refresh) on to it, their months
    /// moved by the years between the refreshes: the refresh states the year's figures. Nothing when it already has facts.
    /// </summary>
    internal static async Task<int> CarryOnAsync(CspDbContext db, StrategyRow strategy, string byUser, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.StrategyFacts.AnyAsync(f => f.StrategyId == strategy.Id, cancellationToken).ConfigureAwait(false)) return 0;
        var before = await db.Strategies.AsNoTracking().Where(s => s.Refresh < strategy.Refresh).OrderByDescending(s => s.Refresh).ThenByDescending(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (before is null) return 0;
        var years = strategy.Refresh - before.Refresh;
        var facts = await db.StrategyFacts.AsNoTracking().Where(f => f.StrategyId == before.Id).OrderBy(f => f.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var f in facts)
        {
            var moved = Link(f).Shifted(years);
            db.StrategyFacts.Add(new StrategyFactRow
            {
                StrategyId = strategy.Id, Theme = f.Theme, AreaCode = f.AreaCode, Category = f.Category, Measure = f.Measure, Period = moved.Period.ToString(),
                Baseline = moved.Baseline.ToString(), CarriedFrom = f.Id, AddedBy = byUser, AddedAt = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return facts.Count;
    }

    /// <summary>"count", "change", "rate", "rank" (or the measure's own name, any case), else null.</summary>
    public static FactMeasure? ParseMeasure(string? text) => (text ?? "").Trim().ToLowerInvariant() switch
    {
        "count" => FactMeasure.Count,
        "change" or "% change" or "percent-change" => FactMeasure.Change,
        "rate" or "rate per 1,000" => FactMeasure.Rate,
        "rank" => FactMeasure.Rank,
        _ => null,
    };

    internal static FactLink Link(StrategyFactRow row)
    {
        MonthRange.TryParse(row.Period, out var period);
        MonthRange.TryParse(row.Baseline, out var baseline);
        return new FactLink(row.AreaCode, row.Category, Enum.Parse<FactMeasure>(row.Measure), period, baseline);
    }

    private static string Describe(FactLink link) => $"{link.Category}, {FactWriter.Name(link.Measure)}, {link.AreaCode}, {link.Period} against {link.Baseline}";
}
