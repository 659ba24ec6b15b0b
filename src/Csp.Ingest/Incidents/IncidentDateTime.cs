using System.Globalization;
using System.Text.RegularExpressions;
using Csp.Core.Periods;

namespace Csp.Ingest.Incidents;

/// <summary>
/// Reads the date and time of an incident in the forms police command and control (CAD), council and housing systems
/// export. Everything is read as UK local wall-clock time except an ISO date-time with <c>Z</c> or an offset, which is
/// an instant and is converted to UK time (GMT or BST as the date requires).
/// </summary>
/// <remarks>
/// Date fields: <c>yyyy-MM-dd</c>, <c>yyyy/MM/dd</c>, ISO date-times (<c>T</c> or a space, with or without seconds and
/// fractions, optionally <c>Z</c>/<c>+01:00</c>/<c>+0100</c>), UK day-first dates <c>dd/MM/yyyy</c> (also one-digit day
/// or month, <c>-</c> or <c>.</c> between) with an optional time, and <c>d MMM yyyy</c> / <c>d MMMM yyyy</c> /
/// <c>dd-MMM-yyyy</c> (English month names). A slashed date is always day first: 03/04/2025 is 3 April 2025.
/// Rejected with a reason: two-digit years (03/04/25), month-first dates that cannot be day first (12/31/2025), Excel
/// serial numbers (45721), impossible days. Time fields: <c>HH:mm</c>, <c>H:mm</c>, <c>HH:mm:ss</c>, <c>HHmm</c> (2215),
/// <c>h:mm AM</c>. A date-time whose clock reads exactly 00:00 (00:00:00) is taken as a date without a time: many
/// systems write midnight when no time was recorded (the clock is read before any offset is applied, so
/// 2025-07-01T00:00:00Z is 1 July with no time, not 01:00 BST). A separate time column reading 00:00 is a real time.
/// </remarks>
internal static partial class IncidentDateTime
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd", "yyyy/MM/dd",
        "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "d/M/yyyy", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d/M/yyyy h:mm tt", "d/M/yyyy h:mm:ss tt",
        "d-M-yyyy", "d-M-yyyy H:mm", "d-M-yyyy H:mm:ss", "d.M.yyyy", "d.M.yyyy H:mm", "d.M.yyyy H:mm:ss",
        "d MMM yyyy", "d MMM yyyy H:mm", "d MMM yyyy H:mm:ss", "d MMMM yyyy", "d MMMM yyyy H:mm", "d MMMM yyyy H:mm:ss",
        "d-MMM-yyyy", "d-MMM-yyyy H:mm", "d-MMM-yyyy H:mm:ss",
    ];

    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss", "H:mm:ss", "HHmm", "h:mm tt", "h:mm:ss tt", "h:mmtt"];

    public const string DateForms = "yyyy-MM-dd, yyyy-MM-ddTHH:mm[:ss][Z or +hh:mm], dd/MM/yyyy [HH:mm], or d MMM yyyy";

    [GeneratedRegex(@"^(?<local>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?)\s*(?<offset>Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWithOffset();

    [GeneratedRegex(@"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TwoDigitYear();

    [GeneratedRegex(@"^(?<first>\d{1,2})/(?<second>\d{1,2})/\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex Slashed();

    [GeneratedRegex(@"^\d{5}(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ExcelSerial();

    /// <summary>Reads a date field, which may carry a time.</summary>
    /// <param name="time">The time of day, or null when the field has none or its clock reads 00:00.</param>
    /// <param name="error">Why the text is not a date, for the quarantine report.</param>
    public static bool TryParseDate(string text, out DateOnly date, out TimeOnly? time, out string error)
    {
        (date, time, error) = (default, null, "");
        var s = text.Trim();
        // "Sept" is how some UK systems abbreviate September; .NET knows "Sep".
        s = s.Replace(" Sept ", " Sep ", StringComparison.OrdinalIgnoreCase).Replace("-Sept-", "-Sep-", StringComparison.OrdinalIgnoreCase);
        var iso = IsoWithOffset().Match(s);
        if (iso.Success)
        {
            if (!DateTime.TryParseExact(iso.Groups["local"].Value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
            {
                error = $"'{text}' is not a date: the day or time does not exist.";
                return false;
            }
            var offsetText = iso.Groups["offset"].Value;
            var offset = offsetText == "Z" ? TimeSpan.Zero
                : TimeSpan.ParseExact(offsetText.Replace(":", "", StringComparison.Ordinal)[1..], "hhmm", CultureInfo.InvariantCulture) * (offsetText[0] == '-' ? -1 : 1);
            if (clock.TimeOfDay == TimeSpan.Zero)
            {
                date = DateOnly.FromDateTime(clock);
                return true;
            }
            var uk = UkTime.FromInstant(new DateTimeOffset(clock, offset));
            (date, time) = (DateOnly.FromDateTime(uk), TimeOnly.FromDateTime(uk));
            return true;
        }
        if (DateTime.TryParseExact(s, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var when))
        {
            date = DateOnly.FromDateTime(when);
            time = when.TimeOfDay == TimeSpan.Zero ? null : TimeOnly.FromDateTime(when);
            return true;
        }
        error = Explain(text, s);
        return false;
    }

    /// <summary>Reads a separate time column: 00:00 here is a real time (midnight).</summary>
    public static bool TryParseTime(string text, out TimeOnly time, out string error)
    {
        error = "";
        if (TimeOnly.TryParseExact(text.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time)) return true;
        error = $"'{text}' is not a time of day: give HH:mm (00:00 to 23:59), HH:mm:ss, HHmm or h:mm AM/PM.";
        return false;
    }

    private static string Explain(string text, string s)
    {
        if (s.Length == 0) return "the date is missing.";
        if (TwoDigitYear().IsMatch(s)) return $"'{text}' has a two-digit year, which is ambiguous: export the year in full (dd/MM/yyyy or yyyy-MM-dd).";
        if (ExcelSerial().IsMatch(s)) return $"'{text}' looks like an Excel serial day number, not a date: format the column as a date (yyyy-MM-dd) before saving the CSV.";
        var slashed = Slashed().Match(s);
        if (slashed.Success)
        {
            var first = int.Parse(slashed.Groups["first"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(slashed.Groups["second"].Value, CultureInfo.InvariantCulture);
            if (second > 12 && first <= 12)
                return $"'{text}' is not a UK date: slashed dates are read day first (dd/MM/yyyy) and there is no month {second}; it looks month first (US). Export dates as yyyy-MM-dd or dd/MM/yyyy.";
            return $"'{text}' is not a day of the calendar (read day first, dd/MM/yyyy).";
        }
        return $"'{text}' is not a date: give {DateForms}.";
    }
}
