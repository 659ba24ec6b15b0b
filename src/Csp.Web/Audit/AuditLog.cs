using Csp.Workbench.Audit;

namespace Csp.Web.Audit;

/// <summary>The audit trail for this request: the signed-in name and the client's address read from the request.</summary>
public sealed class AuditLog(AuditTrail trail, IHttpContextAccessor http)
{
    /// <summary>Who acts in this request, as far as the request tells.</summary>
    public Actor Actor => Of(http.HttpContext);

    /// <param name="userName">Who acted when not the signed-in user; for a failed sign-in, the name that was tried.</param>
    /// <param name="target">What it was done to: a file, a user, a report.</param>
    public Task RecordAsync(string action, string? userName, string? target, string? detail, CancellationToken cancellationToken) =>
        trail.RecordAsync(Actor, action, userName, target, detail, cancellationToken);

    public static Actor Of(HttpContext? context) => new(context?.User.Identity?.Name, context?.Connection.RemoteIpAddress?.ToString());
}
