using System.Security.Claims;
using Csp.Workbench.Performance;

namespace Csp.Web.Performance;

/// <summary>The signed-in user as the return form sees them: name, agency, roles, address.</summary>
public static class PerformanceUser
{
    public static ReturnUser Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = http.User;
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return new ReturnUser(user.FindFirstValue(ClaimTypes.Name) ?? "unknown", user.FindFirstValue("csp:agency") ?? "unknown", roles, http.Connection.RemoteIpAddress?.ToString());
    }
}
