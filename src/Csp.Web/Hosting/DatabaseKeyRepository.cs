using System.Xml.Linq;
using Csp.Workbench.Hosting;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Csp.Web.Hosting;

/// <summary>
/// Keeps ASP.NET Core's data protection keys in the database (<see cref="DatabaseKeys"/>). The interface is synchronous; it is
/// called when the app starts and when a key is made (every 90 days), not per request.
/// </summary>
internal sealed class DatabaseKeyRepository(DatabaseKeys keys) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => [.. keys.All().Select(XElement.Parse)];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        keys.Add(friendlyName, element.ToString(SaveOptions.DisableFormatting));
    }
}
