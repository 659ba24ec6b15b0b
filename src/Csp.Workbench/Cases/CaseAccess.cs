using Csp.Workbench.Accounts;

namespace Csp.Workbench.Cases;

/// <summary>
/// Who may see an ASB case and the people on it. A case is visible to officers of its lead agency in a case-work role
/// (<see cref="WorkRoles"/>), and to officers of a partner agency on the case when an information-sharing agreement
/// between the lead agency and theirs names their role. Nobody else: not other agencies, not analysts or administrators
/// (who see counts, never names), never members, councillors or the public.
/// </summary>
public static class CaseAccess
{
    /// <summary>The roles that work cases (and so may see personal data on the cases their agency is entitled to).</summary>
    public static IReadOnlyList<string> WorkRoles { get; } = [Roles.CaseOfficer, Roles.PartnerOfficer];

    /// <summary>The roles a new sharing agreement covers unless told otherwise.</summary>
    public static IReadOnlyList<string> DefaultAgreementRoles { get; } = [Roles.CaseOfficer, Roles.PartnerOfficer];

    public static bool MayWorkCases(IEnumerable<string> roles) => roles.Any(r => WorkRoles.Contains(r, StringComparer.Ordinal));

    /// <summary>The roles an agreement names, from its stored text (comma separated).</summary>
    public static IReadOnlyList<string> ParseRoles(string roles) =>
        roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(WorkRoles.Contains).Distinct().ToList();
}
