using Csp.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Csp.Web.Security;

/// <summary>
/// Whether a session cookie still stands for a current account: the user exists, is not disabled, and has the security
/// stamp the cookie was issued with (a password, role or agency change, or disabling, gives a new stamp). Answers are
/// remembered for 30 seconds so that the API under load does not read the users table on every request; changes made in
/// this app forget them at once.
/// </summary>
public sealed class UserSessions(IServiceScopeFactory scopes, IMemoryCache cache)
{
    private static readonly TimeSpan Remember = TimeSpan.FromSeconds(30);

    public async Task<bool> IsCurrentAsync(long userId, string stamp, CancellationToken cancellationToken)
    {
        var current = await cache.GetOrCreateAsync(Key(userId), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Remember;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CspDbContext>();
            var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.SecurityStamp, u.Disabled }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return user is null || user.Disabled ? null : user.SecurityStamp;
        }).ConfigureAwait(false);
        return current is not null && string.Equals(current, stamp, StringComparison.Ordinal);
    }

    public void Forget(long userId) => cache.Remove(Key(userId));

    private static string Key(long userId) => "session-stamp:" + userId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
