using System.Collections.Concurrent;
using Csp.Storage;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Accounts;

/// <summary>
/// Whether a session still stands for a current account: the user exists, is not disabled, and has the security stamp the
/// session was issued with (a password, role or agency change, or disabling, gives a new stamp). Answers are remembered for
/// 30 seconds so that the API under load does not read the users table on every request; changes made through
/// <see cref="Accounts"/> forget them at once.
/// </summary>
public sealed class AccountSessions(CspDatabase database, TimeProvider clock)
{
    private static readonly TimeSpan Remember = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<long, (string? Stamp, DateTimeOffset Until)> _stamps = new();

    public async Task<bool> IsCurrentAsync(long userId, string stamp, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!_stamps.TryGetValue(userId, out var known) || known.Until <= now)
        {
            await using var db = database.CreateContext();
            var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.SecurityStamp, u.Disabled })
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            known = (user is null || user.Disabled ? null : user.SecurityStamp, now + Remember);
            _stamps[userId] = known;
        }
        return known.Stamp is not null && string.Equals(known.Stamp, stamp, StringComparison.Ordinal);
    }

    public void Forget(long userId) => _stamps.TryRemove(userId, out _);
}
