using Csp.Workbench.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Csp.Web.Security;

/// <summary>
/// Named authorization policies, put on route groups and page folders (never on single actions), so that what each role
/// may reach is read here and in the README's role matrix.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user: their own account (change password, sign out).</summary>
    public const string SignedIn = "SignedIn";
    /// <summary>The dashboard: every role.</summary>
    public const string Dashboard = "Dashboard";
    /// <summary>The JSON API and its OpenAPI document: administrators, analysts and partner officers.</summary>
    public const string Api = "Api";
    /// <summary>Uploading data and reading import reports: administrators and analysts.</summary>
    public const string Imports = "Imports";
    /// <summary>Creating and changing users: administrators.</summary>
    public const string Users = "Users";
    /// <summary>Reading the audit log: administrators.</summary>
    public const string AuditLog = "AuditLog";
    /// <summary>Report downloads: every role, as the dashboard (public, Part 1, reports).</summary>
    public const string Reports = "Reports";
    /// <summary>Restricted (Part 2) reports, which show small numbers in wards: administrators, analysts and partner officers.</summary>
    public const string RestrictedReports = "RestrictedReports";
    /// <summary>
    /// Reserved for personal data (victims, perpetrators, callers), which the web app does not show yet: administrators and
    /// analysts. Pages that show it go under this policy, and further rules by agency will narrow it.
    /// </summary>
    public const string PersonalData = "PersonalData";
    /// <summary>
    /// ASB cases (/cases): case officers and partner officers. Which cases, and so whose personal data, each sees is then
    /// decided by agency (the lead agency, or a partner with an information-sharing agreement for the role) in the use case;
    /// a case they may not see is 404. Administrators, analysts, members and councillors never see a case or a name.
    /// </summary>
    public const string Cases = "Cases";
    /// <summary>
    /// The daily briefing, its printout and tasking: administrators, analysts, partner officers and case (CSU, ASB) officers
    /// (the CSU and the partners it tasks). Not members: the briefing lists incidents and addresses' keys. A partner sees their agency's tasks.
    /// </summary>
    public const string Briefing = "Briefing";
    /// <summary>
    /// The consultation's results and surveys (/consultation): administrators and analysts. The public survey form
    /// (/survey/{id}) is for anyone: it alone allows anonymous users. Results never show a postcode.
    /// </summary>
    public const string Consultation = "Consultation";

    /// <summary>
    /// The performance table and the quarterly performance report (/performance): every role. The figures are district
    /// and partnership totals that partners return for publication (Part 1), never small areas or people.
    /// </summary>
    public const string Performance = "Performance";
    /// <summary>
    /// The return form (/performance/returns): partner officers (their agency's measures only, decided in the use case),
    /// analysts and administrators. Every entry is audited.
    /// </summary>
    public const string Returns = "Returns";
    /// <summary>The strategy, the partnership's structure and Strategy on a Page (/strategy): every role (the strategy is a published document).</summary>
    public const string Strategy = "Strategy";
    /// <summary>
    /// The action plan (/action-plan): every role, then narrowed by the use case: administrators and analysts see and update
    /// every row, members and councillors read every row, partner and case officers see and update only the rows of the
    /// groups they sit on (any other row is 404).
    /// </summary>
    public const string ActionPlan = "ActionPlan";
    /// <summary>
    /// The action plan's quarterly progress report (/action-plan/report): the whole plan, so the roles that read every row
    /// (administrators, analysts, members and councillors); partner and case officers see only their groups' rows.
    /// </summary>
    public const string ActionPlanReport = "ActionPlanReport";
    /// <summary>
    /// Data protection requests about a person in the ASB case records (/admin/people: finding their record, the subject
    /// access export, erasure): administrators only. No data-protection role exists, so the role that already reads the
    /// audit log and manages users answers them; these pages show one person's record and the references of their cases,
    /// never a case page, and every look-up, export and erasure is audited.
    /// </summary>
    public const string DataProtection = "DataProtection";
    /// <summary>Recording the Management Group's decision on priorities and who sits on each group: administrators and analysts.</summary>
    public const string ManageStrategy = "ManageStrategy";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Dashboard, p => p.RequireRole(Roles.All));
        options.AddPolicy(Reports, p => p.RequireRole(Roles.All));
        // The roles the use cases give small numbers to (Readership): the restricted reports' readers are the same.
        options.AddPolicy(RestrictedReports, p => p.RequireRole(Roles.SeeSmallNumbers));
        options.AddPolicy(Api, p => p.RequireRole(Roles.Administrator, Roles.Analyst, Roles.PartnerOfficer));
        options.AddPolicy(Imports, p => p.RequireRole(Roles.Administrator, Roles.Analyst));
        options.AddPolicy(PersonalData, p => p.RequireRole(Roles.Administrator, Roles.Analyst));
        options.AddPolicy(Cases, p => p.RequireRole(Roles.CaseOfficer, Roles.PartnerOfficer));
        options.AddPolicy(Consultation, p => p.RequireRole(Roles.Administrator, Roles.Analyst));
        options.AddPolicy(Briefing, p => p.RequireRole(Roles.Administrator, Roles.Analyst, Roles.PartnerOfficer, Roles.CaseOfficer));
        options.AddPolicy(Performance, p => p.RequireRole(Roles.All));
        options.AddPolicy(Returns, p => p.RequireRole(Roles.Administrator, Roles.Analyst, Roles.PartnerOfficer));
        options.AddPolicy(Strategy, p => p.RequireRole(Roles.All));
        options.AddPolicy(ActionPlan, p => p.RequireRole(Roles.All));
        options.AddPolicy(ActionPlanReport, p => p.RequireRole(Roles.Administrator, Roles.Analyst, Roles.Member));
        options.AddPolicy(ManageStrategy, p => p.RequireRole(Roles.Administrator, Roles.Analyst));
        options.AddPolicy(Users, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(AuditLog, p => p.RequireRole(Roles.Administrator));
        options.AddPolicy(DataProtection, p => p.RequireRole(Roles.Administrator));
        // Anything mapped without a policy still needs a signed-in user: only what says AllowAnonymous is public.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
