using System.Globalization;

namespace Csp.Web.Shared;

/// <summary>Numbers and dates as a British reader expects them (en-GB), whatever the server's culture.</summary>
public static class Format
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Count(long value) => value.ToString("N0", Culture);

    public static string Count(long? value) => value is { } v ? Count(v) : "-";

    /// <summary>"+1,234", or "n/a" when no month could be compared.</summary>
    public static string Change(long? value) => value?.ToString("+#,0;-#,0;0", Culture) ?? "n/a";

    /// <summary>"+12.3%", "-4.0%", or "n/a" when there is no baseline to compare with.</summary>
    public static string Percent(double? value) => value is { } v ? v.ToString("+0.0;-0.0;0.0", Culture) + "%" : "n/a";

    public static string Share(double? value) => value is { } v ? v.ToString("0.0", Culture) + "%" : "-";

    public static string Rate(double? value) => value is { } v ? v.ToString("0.0", Culture) : "n/a";

    public static string Rate2(double? value) => value is { } v ? v.ToString("0.00", Culture) : "n/a";

    /// <summary>"21 Nov 2026, 14:05" in UK time.</summary>
    public static string When(DateTimeOffset? value)
    {
        if (value is null) return "-";
        var uk = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? TimeZoneInfo.ConvertTime(value.Value, zone) : value.Value;
        return uk.ToString("d MMM yyyy, HH:mm", Culture);
    }

    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(Culture) + " bytes",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", Culture) + " KB",
        _ => (bytes / 1024.0 / 1024.0).ToString("0.#", Culture) + " MB",
    };

    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
