using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Csp.Storage.Configurations;

/// <summary>
/// Calendar dates stored as yyyy-MM-dd text in both databases (as timestamps are ISO text, <see cref="IsoTimestamps"/>):
/// one schema, and the text sorts and compares as the dates do.
/// </summary>
internal static class IsoDates
{
    public static readonly ValueConverter<DateOnly, string> Required = new(
        v => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        v => DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static readonly ValueConverter<DateOnly?, string?> Optional = new(
        v => v == null ? null : v.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        v => v == null ? null : DateOnly.ParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Every date and timestamp of the entity as ISO text, then the snake_case column names.</summary>
    public static void Apply<T>(EntityTypeBuilder<T> builder) where T : class
    {
        foreach (var property in builder.Metadata.ClrType.GetProperties())
        {
            if (property.PropertyType == typeof(DateOnly)) builder.Property(property.Name).HasConversion(Required);
            else if (property.PropertyType == typeof(DateOnly?)) builder.Property(property.Name).HasConversion(Optional);
            else if (property.PropertyType == typeof(DateTimeOffset)) builder.Property(property.Name).HasConversion(IsoTimestamps.Required);
            else if (property.PropertyType == typeof(DateTimeOffset?)) builder.Property(property.Name).HasConversion(IsoTimestamps.Optional);
        }
        SnakeCase.Apply(builder);
    }
}
