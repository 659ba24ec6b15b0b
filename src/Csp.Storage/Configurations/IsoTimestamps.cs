using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Csp.Storage.Configurations;

/// <summary>
/// Timestamps are stored as ISO 8601 UTC text (as <c>import_files.imported_at</c> is) in both databases: one schema, readable
/// in either, and ordered correctly as text because every value has the same form and offset.
/// </summary>
internal static class IsoTimestamps
{
    public static readonly ValueConverter<DateTimeOffset, string> Required = new(
        v => v.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture),
        v => DateTimeOffset.Parse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));

    public static readonly ValueConverter<DateTimeOffset?, string?> Optional = new(
        v => v == null ? null : v.Value.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture),
        v => v == null ? null : DateTimeOffset.Parse(v, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
}
