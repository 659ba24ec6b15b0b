using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Csp.Storage.Configurations;

/// <summary>
/// Days as <c>yyyy-MM-dd</c> text and UK local times as <c>yyyy-MM-ddTHH:mm</c> text in both databases (as
/// <c>incidents.occurred_on</c> is): one schema, ordered correctly as text.
/// </summary>
internal static class TextDates
{
    public static readonly ValueConverter<DateOnly, string> Day = new(
        v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        v => DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static readonly ValueConverter<DateOnly?, string?> OptionalDay = new(
        v => v == null ? null : v.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        v => v == null ? null : DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static readonly ValueConverter<DateTime, string> LocalMinute = new(
        v => v.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
        v => DateTime.ParseExact(v, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None));
}
