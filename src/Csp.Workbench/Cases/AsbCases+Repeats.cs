using Csp.Core.Cases.Repeats;
using Csp.Storage;
using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Cases;

public sealed partial class AsbCases
{
    /// <summary>
    /// The repeats this case is part of, by the partnership's rule (asb-case-settings.csv, default 3 or more incidents in 12
    /// months), counted across every case's incidents, as of today: a victim on this case counts the incidents of all cases
    /// they are a victim on; a caller the incidents they reported, on any case; the location the incidents of every case at
    /// the same place (the case's location, compared ignoring case and spacing).
    /// </summary>
    private async Task<IReadOnlyList<CaseRepeat>> RepeatsAsync(CspDbContext db, AsbCaseRow row, IReadOnlyList<CasePerson> people, CancellationToken cancellationToken)
    {
        var rule = configuration.Settings.Repeats;
        var today = Today;
        var found = new List<CaseRepeat>();
        var victims = people.Where(p => p.Role == CaseRoles.Victim).Select(p => p.Id).Distinct().ToList();
        if (victims.Count > 0)
        {
            var dated = await (from cp in db.CasePeople
                               where victims.Contains(cp.PersonId) && cp.Role == CaseRoles.Victim
                               join i in db.CaseIncidents on cp.CaseId equals i.CaseId
                               select new { cp.PersonId, i.OccurredOn }).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            Add(RepeatKind.Victim, dated.Select(d => ((int)d.PersonId, d.OccurredOn)).ToList());
        }
        var callers = people.Select(p => p.Id).Distinct().ToList();
        var calls = await db.CaseIncidents.AsNoTracking().Where(i => i.ReportedById != null && callers.Contains(i.ReportedById.Value))
            .Select(i => new { Id = i.ReportedById!.Value, i.OccurredOn }).ToListAsync(cancellationToken).ConfigureAwait(false);
        Add(RepeatKind.Caller, calls.Select(c => ((int)c.Id, c.OccurredOn)).ToList());

        if (row.LocationKey is { } place)
        {
            // Every incident of every case at the same place (its location key, indexed).
            var atPlace = await (from c in db.AsbCases
                                 where c.LocationKey == place
                                 join i in db.CaseIncidents on c.Id equals i.CaseId
                                 select i.OccurredOn).ToListAsync(cancellationToken).ConfigureAwait(false);
            var keyed = atPlace.Select(d => new KeyedIncident(place, d)).ToList();
            foreach (var f in RepeatFinder.Find(keyed, rule, RepeatKind.Location, today).Where(f => f.IsCurrent(rule)))
                found.Add(new CaseRepeat(RepeatKind.Location, row.Location!, f, Words(f, row.Location!, rule)));
        }
        return found;

        void Add(RepeatKind kind, List<(int Key, DateOnly On)> incidents)
        {
            var keys = incidents.Select(i => i.Key).ToArray();
            var dates = incidents.Select(i => i.On).ToArray();
            foreach (var n in RepeatFinder.Find(keys, dates, rule, today).Where(n => n.InCurrentWindow >= rule.MinimumIncidents))
            {
                var who = people.First(p => p.Id == n.Key).Name;
                var finding = new RepeatFinding(kind, who, n.Incidents, n.MostInWindow, n.WindowFrom, n.WindowTo, n.FirstReachedOn, n.InCurrentWindow);
                found.Add(new CaseRepeat(kind, who, finding, Words(finding, who, rule)));
            }
        }
    }

    /// <summary>The location upper-cased (invariant) with single spaces; null when there is none.</summary>
    public static string? LocationKey(string? location) =>
        string.IsNullOrWhiteSpace(location) ? null : string.Join(' ', location.Trim().ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Words(RepeatFinding f, string who, RepeatRule rule)
    {
        var what = f.Kind switch
        {
            RepeatKind.Victim => "Repeat victim",
            RepeatKind.Caller => "Repeat caller",
            _ => "Repeat location",
        };
        return $"{what}: {who}, {f.InCurrentWindow} incidents in the last {rule.WindowMonths} months ({rule.Description}); {f.Incidents} in all.";
    }
}
