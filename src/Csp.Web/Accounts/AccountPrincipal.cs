using System.Globalization;
using System.Security.Claims;
using Csp.Web.Security;
using Csp.Workbench.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Csp.Web.Accounts;

/// <summary>The signed-in identity in the session cookie: id, name, roles, agency and the security stamp the session is checked against.</summary>
public static class AccountPrincipal
{
    public static ClaimsPrincipal For(SignedInUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.GivenName, user.DisplayName),
            new("csp:agency", user.AgencyName),
            new(SessionCookieEvents.StampClaim, user.SecurityStamp),
        };
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }
}
