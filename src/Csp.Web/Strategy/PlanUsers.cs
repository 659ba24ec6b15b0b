using System.Security.Claims;
using Csp.Workbench.Strategy;

namespace Csp.Web.Strategy;

/// <summary>The signed-in user as the strategy and action plan use cases need them: name, roles (from the session) and the client's address.</summary>
public static class PlanUsers
{
    public static PlanUser From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new PlanUser(context.User.Identity?.Name ?? "", context.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList(), context.Connection.RemoteIpAddress?.ToString());
    }
}
