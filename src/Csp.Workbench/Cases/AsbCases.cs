using System.Globalization;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Cases;

/// <summary>
/// ASB case management: open a case, add people, incidents, notes and tasks, assess risk through the partnership's matrix,
/// record interventions and breaches, apply for an ASB Case Review, close with an outcome; the lists an officer works from
/// and search. Every read of a case and every change writes the audit log (case, person and record named) in the same
/// transaction as the change. Access by agency and role as <see cref="CaseAccess"/> says: a case the user may not see is
/// answered as missing (the host shows 404), so its existence is not disclosed.
/// </summary>
public sealed partial class AsbCases(CspDatabase database, AsbCaseConfiguration configuration, TimeProvider clock)
{
    public const int PageSize = 50;

    public AsbCaseConfiguration Configuration => configuration;

    /// <summary>Today in the UK (the day a case's dates are counted against).</summary>
    public DateOnly Today => DateOnly.FromDateTime(Core.Periods.UkTime.Now(clock));

    /// <summary>The agency the user belongs to and the agencies whose cases it may see as a partner (an agreement covers one of the user's roles).</summary>
    internal sealed record AccessScope(long AgencyId, IReadOnlyList<long> SharingWith);

    internal static async Task<AccessScope?> ScopeAsync(CspDbContext db, CaseUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!CaseAccess.MayWorkCases(user.Roles)) return null;
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Name == user.AgencyName).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (agency is not { } id) return null;
        var agreements = await db.SharingAgreements.AsNoTracking().Where(s => s.AgencyAId == id || s.AgencyBId == id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var with = agreements.Where(s => CaseAccess.ParseRoles(s.Roles).Intersect(user.Roles, StringComparer.Ordinal).Any())
            .Select(s => s.AgencyAId == id ? s.AgencyBId : s.AgencyAId).Distinct().ToList();
        return new AccessScope(id, with);
    }

    /// <summary>The cases the scope may see: its agency leads them, or it is a partner on them and shares with the lead.</summary>
    internal static IQueryable<AsbCaseRow> Visible(CspDbContext db, AccessScope scope)
    {
        var agency = scope.AgencyId;
        var with = scope.SharingWith.ToList();
        return db.AsbCases.Where(c => c.LeadAgencyId == agency || (with.Contains(c.LeadAgencyId) && db.CaseAgencies.Any(p => p.CaseId == c.Id && p.AgencyId == agency)));
    }

    /// <summary>Whether the user may see the case at all (the host's 404 when not).</summary>
    public async Task<bool> MaySeeAsync(CaseUser user, long caseId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await ScopeAsync(db, user, cancellationToken).ConfigureAwait(false) is { } scope
               && await Visible(db, scope).AnyAsync(c => c.Id == caseId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A page of one of the lists, filtered by status and a search term (reference, place or a person's name on the case); null when the user does not work cases.</summary>
    /// <param name="status">open (open and under review), closed, or all.</param>
    /// <remarks>
    /// Asked as two queries, the cases the agency leads and those it partners on (shared with it), each of which an index
    /// answers in order (lead agency, opened date), then merged: one query with the access rule's OR reads and sorts every
    /// visible case (about 0.8 s at 100,000 cases on SQLite; see benchmarks, quick cases).
    /// </remarks>
    public async Task<CaseList?> ListAsync(CaseUser user, CaseListKind kind, string? search, string status, int page, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await ScopeAsync(db, user, cancellationToken).ConfigureAwait(false) is not { } scope) return null;
        var agency = scope.AgencyId;
        var with = scope.SharingWith.ToList();
        var named = await NamedAsync(db, search, cancellationToken).ConfigureAwait(false);
        var lead = Filter(db.AsbCases.AsNoTracking().Where(c => c.LeadAgencyId == agency), user, kind, search, named, status);
        var partner = Filter(db.AsbCases.AsNoTracking().Where(c => c.LeadAgencyId != agency && with.Contains(c.LeadAgencyId)
            && db.CaseAgencies.Any(p => p.CaseId == c.Id && p.AgencyId == agency)), user, kind, search, named, status);
        var total = await lead.CountAsync(cancellationToken).ConfigureAwait(false)
                    + (with.Count == 0 ? 0 : await partner.CountAsync(cancellationToken).ConfigureAwait(false));
        page = Math.Clamp(page, 1, 1_000_000);
        var wanted = page * PageSize;
        var ids = await Page(lead, wanted).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (with.Count > 0) ids.AddRange(await Page(partner, wanted).ToListAsync(cancellationToken).ConfigureAwait(false));
        var pageIds = ids.OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id).Skip((page - 1) * PageSize).Take(PageSize).Select(c => c.Id).ToList();
        var rows = (await db.AsbCases.AsNoTracking().Where(c => pageIds.Contains(c.Id))
            .Select(c => new CaseListRow(c.Id, c.Reference, c.CaseType, c.Status, db.Agencies.Where(a => a.Id == c.LeadAgencyId).Select(a => a.Name).First(),
                c.LeadOfficer, c.Location, c.Ward, c.OpenedOn, c.RiskLevel, c.RiskScore, c.ReassessBy, c.Demo))
            .ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderByDescending(r => r.OpenedOn).ThenByDescending(r => r.Id).ToList();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // The term may be a person's name: who searched for whom is itself personal data to account for.
            Audit(db, user, AuditActions.CaseSearched, null, null, null, null, $"search '{search.Trim()}' in {kind}: {total} cases");
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        return new CaseList(rows, total, page, PageSize);
    }

    private static IQueryable<CasePage> Page(IQueryable<AsbCaseRow> query, int wanted) =>
        query.OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id).Take(wanted).Select(c => new CasePage(c.Id, c.OpenedOn));

    private sealed record CasePage(long Id, DateOnly OpenedOn);

    /// <summary>
    /// The cases a search term finds, in one pass before the lists are asked: its reference, location or ward contains the
    /// term, or a person on it has a name that does (ignoring case). Tested inside each list query instead, the text was
    /// matched again by every count and page (0.6-2 s at 100,000 cases). The ids are of any agency's cases: the lists then
    /// keep only those the user may see. At most <see cref="NamedCap"/> cases: a term that matches more is no search.
    /// </summary>
    private static async Task<List<long>> NamedAsync(CspDbContext db, string? search, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(search) || ReferencePattern().IsMatch(search.Trim())) return [];
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL lower(), not run with the server's culture
        var lower = search.Trim().ToLowerInvariant();
        var people = db.People.Where(p => p.Name.ToLower().Contains(lower)).Select(p => p.Id);
        var byText = db.AsbCases.Where(c => c.Reference.ToLower().Contains(lower) || (c.Location != null && c.Location.ToLower().Contains(lower))
                                            || (c.Ward != null && c.Ward.ToLower().Contains(lower))).Select(c => c.Id);
#pragma warning restore CA1304, CA1311, CA1862
        var byName = db.CasePeople.Where(cp => people.Contains(cp.PersonId)).Select(cp => cp.CaseId);
        return await byText.Union(byName).Take(NamedCap).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public const int NamedCap = 10_000;

    private IQueryable<AsbCaseRow> Filter(IQueryable<AsbCaseRow> query, CaseUser user, CaseListKind kind, string? search, List<long> named, string status)
    {
        // Open as two equalities (not "not closed"), so that the (lead agency, status, ...) index answers counts.
        string[] open = [CaseStatuses.Open, CaseStatuses.UnderReview];
        switch (kind)
        {
            case CaseListKind.Mine:
                query = query.Where(c => c.LeadOfficer == user.UserName);
                break;
            case CaseListKind.HighRisk:
                query = query.Where(c => c.RiskLevel == "High" && open.Contains(c.Status));
                break;
            case CaseListKind.ReviewsDue:
                var soon = Today.AddDays(7);
                query = query.Where(c => open.Contains(c.Status) && (c.ReassessBy == null || c.ReassessBy <= soon));
                break;
        }
        if (kind is not (CaseListKind.HighRisk or CaseListKind.ReviewsDue))
        {
            if (status == "open") query = query.Where(c => open.Contains(c.Status));
            else if (status == "closed") query = query.Where(c => c.Status == CaseStatuses.Closed);
        }
        if (string.IsNullOrWhiteSpace(search)) return query;
        var term = search.Trim();
        if (ReferencePattern().IsMatch(term))
        {
            var reference = term.ToUpperInvariant();
            return query.Where(c => c.Reference == reference);
        }
        return query.Where(c => named.Contains(c.Id));
    }

    [System.Text.RegularExpressions.GeneratedRegex("^ASB-[0-9]{4}-[0-9]{6}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReferencePattern();

    /// <summary>The partnership's agencies (for choosing partners and who an incident was reported to).</summary>
    public async Task<IReadOnlyList<Accounts.AgencyChoice>> AgenciesAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => new Accounts.AgencyChoice(a.Id, a.Name, a.Kind)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Who has read or changed this case (and, when given, this person's record on it), newest first; null when the user may not see the case.</summary>
    public async Task<IReadOnlyList<AuditEntry>?> AuditAsync(CaseUser user, long caseId, long? personId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await ScopeAsync(db, user, cancellationToken).ConfigureAwait(false) is not { } scope
            || !await Visible(db, scope).AnyAsync(c => c.Id == caseId, cancellationToken).ConfigureAwait(false)) return null;
        var query = db.AuditLog.AsNoTracking().Where(e => e.CaseId == caseId);
        if (personId is not null) query = query.Where(e => e.PersonId == personId);
        return await query.OrderByDescending(e => e.Id).Take(500)
            .Select(e => new AuditEntry(e.Id, e.At, e.UserName, e.Action, e.Record, e.Detail, e.Address)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    internal void Audit(CspDbContext db, CaseUser user, string action, long? caseId, long? personId, string? target, string? record, string? detail) =>
        db.AuditLog.Add(new AuditEntryRow
        {
            At = clock.GetUtcNow(),
            UserName = user.UserName,
            Action = action,
            Target = target,
            Detail = detail is { Length: > 2000 } ? detail[..2000] + "…" : detail,
            Address = user.Address,
            CaseId = caseId,
            PersonId = personId,
            Record = record,
        });

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
