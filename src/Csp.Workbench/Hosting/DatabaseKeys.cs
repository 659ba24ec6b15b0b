using Csp.Storage;
using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Hosting;

/// <summary>The web app's data protection keys (XML text) in the <c>data_protection_keys</c> table. Synchronous: the host's key
/// repository interface is, and it is called at start-up and when a key is made, not per request.</summary>
public sealed class DatabaseKeys(CspDatabase database, TimeProvider clock)
{
    public IReadOnlyList<string> All()
    {
        using var context = database.CreateContext();
        return [.. context.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml)];
    }

    public void Add(string friendlyName, string xml)
    {
        using var context = database.CreateContext();
        context.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = xml, CreatedAt = clock.GetUtcNow() });
        context.SaveChanges();
    }
}
