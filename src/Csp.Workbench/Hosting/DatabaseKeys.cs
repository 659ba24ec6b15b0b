using Csp.Storage;
using Csp.Storage.Entities;

namespace Csp.Workbench.Hosting;

/// <summary>The web app's data protection keys (XML text) in the <c>data_protection_keys</c> table. Synchronous: the host's key
/// repository interface is, and it is called at start-up and when a key is made, not per request.</summary>
public sealed class DatabaseKeys(CspDatabase database, TimeProvider clock)
{
    /// <summary>
    /// Every key's XML, oldest first. Read with a plain query, not Entity Framework: the key ring is read as the app starts,
    /// and building the model there (about half a second) would hold back its listening.
    /// </summary>
    public IReadOnlyList<string> All()
    {
        using var connection = database.CreateConnection();
        connection.Open();
        return Csp.Storage.Sql.Query(connection, null, "SELECT xml FROM data_protection_keys ORDER BY id", r => r.GetString(0));
    }

    public void Add(string friendlyName, string xml)
    {
        using var context = database.CreateContext();
        context.DataProtectionKeys.Add(new DataProtectionKeyRow { FriendlyName = friendlyName, Xml = xml, CreatedAt = clock.GetUtcNow() });
        context.SaveChanges();
    }
}
