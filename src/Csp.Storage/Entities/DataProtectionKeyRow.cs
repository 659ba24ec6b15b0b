namespace Csp.Storage.Entities;

/// <summary>One of the web app's data protection keys, as the XML ASP.NET Core writes (see <c>DatabaseKeyRepository</c> in Csp.Web).</summary>
public sealed class DataProtectionKeyRow
{
    public long Id { get; set; }
    public required string FriendlyName { get; set; }
    public required string Xml { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
