using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Cases;

/// <summary>
/// The information-sharing agreements an administrator sets between agencies: an agreement lets officers of either agency,
/// in the roles it names, see the cases the other leads when their agency is a partner on them. Every change is audited.
/// </summary>
public sealed class SharingAgreements(CspDatabase database, TimeProvider clock)
{
    public async Task<IReadOnlyList<SharingAgreement>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var names = await db.Agencies.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken).ConfigureAwait(false);
        var rows = await db.SharingAgreements.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Select(s => new SharingAgreement(s.Id, s.AgencyAId, names.GetValueOrDefault(s.AgencyAId) ?? "", s.AgencyBId, names.GetValueOrDefault(s.AgencyBId) ?? "",
            CaseAccess.ParseRoles(s.Roles), s.AgreedOn, s.CreatedBy)).ToList();
    }

    /// <summary>Sets (adds or replaces) the agreement between two agencies; an empty role list removes it.</summary>
    public async Task<CaseChange> SetAsync(Actor actor, long agencyId, long otherAgencyId, IReadOnlyList<string> roles, DateOnly agreedOn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(roles);
        if (agencyId == otherAgencyId) return CaseChange.Refused("An agreement is between two different agencies.");
        var unknown = roles.Where(r => !CaseAccess.WorkRoles.Contains(r)).ToList();
        if (unknown.Count > 0) return CaseChange.Refused($"An agreement covers case-work roles only ({string.Join(", ", CaseAccess.WorkRoles)}), not {string.Join(", ", unknown)}.");
        await using var db = database.CreateContext();
        var (a, b) = agencyId < otherAgencyId ? (agencyId, otherAgencyId) : (otherAgencyId, agencyId);
        if (await db.Agencies.CountAsync(x => x.Id == a || x.Id == b, cancellationToken).ConfigureAwait(false) != 2) return CaseChange.Refused("No such agency.");
        var row = await db.SharingAgreements.FirstOrDefaultAsync(s => s.AgencyAId == a && s.AgencyBId == b, cancellationToken).ConfigureAwait(false);
        string detail;
        if (roles.Count == 0)
        {
            if (row is null) return CaseChange.Refused("There is no agreement between those agencies to remove.");
            db.SharingAgreements.Remove(row);
            detail = "removed";
        }
        else
        {
            row ??= db.SharingAgreements.Add(new SharingAgreementRow { AgencyAId = a, AgencyBId = b, Roles = "", CreatedAt = clock.GetUtcNow(), CreatedBy = actor.UserName }).Entity;
            row.Roles = string.Join(",", roles.Distinct());
            row.AgreedOn = agreedOn;
            detail = $"roles {row.Roles}, agreed {agreedOn:yyyy-MM-dd}";
        }
        db.AuditLog.Add(new AuditEntryRow
        {
            At = clock.GetUtcNow(), UserName = actor.UserName, Action = AuditActions.SharingAgreementChanged, Address = actor.Address,
            Target = $"agencies {a} and {b}", Detail = detail,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(row?.Id ?? 0);
    }
}
