using System.Security.Claims;
using Csp.Workbench.Cases;

namespace Csp.Web.Cases;

/// <summary>The signed-in user as the case use cases need them: name, agency, roles (from the session) and the client's address.</summary>
public static class CaseUsers
{
    public static CaseUser From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        return new CaseUser(user.Identity?.Name ?? "", user.FindFirst("csp:agency")?.Value ?? "",
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(), context.Connection.RemoteIpAddress?.ToString());
    }
}
