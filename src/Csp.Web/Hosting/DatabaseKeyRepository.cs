using System.Xml.Linq;
using Csp.Storage;
using Csp.Storage.Entities;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace Csp.Web.Hosting;

/// <summary>
/// Keeps ASP.NET Core's data protection keys in the <c>data_protection_keys</c> table. The interface is synchronous; it is
/// called when the app starts and when a key is made (every 90 days), not per request.
/// </summary>
internal sealed class DatabaseKeyRepository(CspDatabase database, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var context = database.CreateContext();
        return [.. context.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var context = database.CreateContext();
        context.DataProtectionKeys.Add(new DataProtectionKeyRow
        {
            FriendlyName = friendlyName,
            Xml = element.ToString(SaveOptions.DisableFormatting),
            CreatedAt = clock.GetUtcNow(),
        });
        context.SaveChanges();
    }
}
