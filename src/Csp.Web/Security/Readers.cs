using System.Security.Claims;
using Csp.Workbench.Assessment;

namespace Csp.Web.Security;

/// <summary>The readership of a signed-in user (which small numbers the use cases may give them), from the roles in their session.</summary>
internal static class Readers
{
    public static Readership Readership(this ClaimsPrincipal user) =>
        Csp.Workbench.Assessment.Readership.Of(user.FindAll(ClaimTypes.Role).Select(c => c.Value));
}
