using System.Globalization;

namespace Csp.Core.Cases;

/// <summary>How case rules write dates and small numbers in the sentences an officer or a victim reads (en-GB).</summary>
internal static class CaseWords
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] Small =
        ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>"Thursday 18 December 2025": the weekday helps whoever checks a working-day count by hand.</summary>
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", EnGb);

    /// <summary>"18 December 2025".</summary>
    public static string ShortDate(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static string Number(int n) => n >= 0 && n < Small.Length ? Small[n] : n.ToString("N0", EnGb);

    /// <summary>"one month", "six months", "13 months".</summary>
    public static string Count(int n, string singular, string plural) => $"{Number(n)} {(n == 1 ? singular : plural)}";

    public static string Days(int n) => n.ToString("N0", EnGb) + (n == 1 ? " day" : " days");
}
