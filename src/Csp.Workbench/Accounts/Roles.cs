namespace Csp.Workbench.Accounts;

/// <summary>The roles a user can hold, as a partnership divides the work (README, "Roles").</summary>
public static class Roles
{
    /// <summary>Everything: users, the audit log, imports, the dashboard and the API.</summary>
    public const string Administrator = "Administrator";
    /// <summary>The CSU analyst or Community Safety Manager: imports data, reads the dashboard and the API.</summary>
    public const string Analyst = "Analyst";
    /// <summary>A partner agency's officer: reads the dashboard and the API.</summary>
    public const string PartnerOfficer = "PartnerOfficer";
    /// <summary>
    /// A CSU or ASB officer (of any agency): works the ASB cases their agency leads, and those their agency partners on
    /// where an information-sharing agreement covers the role; sees the people on them.
    /// </summary>
    public const string CaseOfficer = "CaseOfficer";
    /// <summary>A partnership member or scrutiny councillor: reads the dashboard only.</summary>
    public const string Member = "Member";

    public static IReadOnlyList<string> All { get; } = [Administrator, Analyst, PartnerOfficer, CaseOfficer, Member];

    /// <summary>
    /// The roles entitled to restricted (Part 2) figures: small numbers in wards and LSOAs. Every other role, and a role
    /// not known here, reads figures as the public (Part 1) report gives them (see <see cref="Assessment.Readership"/>).
    /// </summary>
    public static IReadOnlyList<string> SeeSmallNumbers { get; } = [Administrator, Analyst, PartnerOfficer, CaseOfficer];

    /// <summary>How a page names the role.</summary>
    public static string Describe(string role) => role switch
    {
        Administrator => "Administrator",
        Analyst => "Analyst",
        PartnerOfficer => "Partner officer",
        CaseOfficer => "Case officer (ASB cases)",
        Member => "Member or councillor (read only)",
        _ => role,
    };
}
