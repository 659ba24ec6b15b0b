using System.Security.Claims;
using Csp.Workbench.Accounts;
using Csp.Workbench.Briefing;

namespace Csp.Web.Briefing;

/// <summary>The signed-in user as the briefing and tasking see them: analysts and administrators see every agency's tasks and personal data; a partner officer their agency's tasks and counts only.</summary>
public static class BriefingUser
{
    public static BriefingViewer Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = http.User;
        var all = user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Analyst);
        return new BriefingViewer(user.FindFirstValue(ClaimTypes.Name) ?? "unknown", user.FindFirstValue("csp:agency") ?? "unknown", all, all,
            http.Connection.RemoteIpAddress?.ToString());
    }
}
