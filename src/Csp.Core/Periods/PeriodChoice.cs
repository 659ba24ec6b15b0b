using System.Globalization;
using Csp.Core.Periods;

namespace Csp.Core.Periods;

/// <summary>
/// The ways of giving an assessment's period, exactly one of which is used: the CLI's options and the API's query
/// parameters are the same fields. Text is parsed here (invariant), so both hosts refuse the same things in the same words.
/// </summary>
/// <param name="YearEnding">yyyy-MM: the twelve months to this month against the twelve before.</param>
/// <param name="Period">yyyy-MM..yyyy-MM, with <paramref name="Baseline"/>.</param>
/// <param name="FinancialYear">The year of the April it starts in.</param>
/// <param name="YearToDate">yyyy-MM: April to this month against the same months a year earlier.</param>
/// <param name="Quarter">yyyy-Qn, a calendar quarter.</param>
/// <param name="Month">yyyy-MM.</param>
public sealed record PeriodChoice(string? YearEnding, string? Period, string? Baseline, string? FinancialYear, string? YearToDate, string? Quarter, string? Month)
{
    /// <summary>Chooses the comparison, or says why not.</summary>
    /// <param name="name">How the host names a field to its user: <c>yearEnding</c> becomes <c>--year-ending</c> on the command line.</param>
    public PeriodComparison? Choose(Func<string, string> name, out string? error)
    {
        error = null;
        var chosen = new List<PeriodComparison>();
        if (YearEnding is { } ye)
        {
            if (!YearMonth.TryParse(ye, out var end)) { error = $"{name("yearEnding")} '{ye}' is not YYYY-MM."; return null; }
            chosen.Add(PeriodComparison.YearEnding(end));
        }
        if (Period is { } p)
        {
            if (!MonthRange.TryParse(p, out var pr)) { error = $"{name("period")} '{p}' is not YYYY-MM..YYYY-MM."; return null; }
            if (Baseline is null) { error = $"{name("period")} needs {name("baseline")} YYYY-MM..YYYY-MM."; return null; }
            if (!MonthRange.TryParse(Baseline, out var br)) { error = $"{name("baseline")} '{Baseline}' is not YYYY-MM..YYYY-MM."; return null; }
            chosen.Add(PeriodComparison.Explicit(pr, br));
        }
        else if (Baseline is not null) { error = $"{name("baseline")} goes with {name("period")}."; return null; }
        if (FinancialYear is { } fyText)
        {
            if (!int.TryParse(fyText, NumberStyles.None, CultureInfo.InvariantCulture, out var fy) || fy is < 1900 or > 2999) { error = $"{name("financialYear")} '{fyText}' is not a year (YYYY)."; return null; }
            chosen.Add(PeriodComparison.FinancialYear(fy));
        }
        if (YearToDate is { } ytd)
        {
            if (!YearMonth.TryParse(ytd, out var through)) { error = $"{name("yearToDate")} '{ytd}' is not YYYY-MM."; return null; }
            chosen.Add(PeriodComparison.YearToDate(through));
        }
        if (Quarter is { } q)
        {
            var parts = q.ToUpperInvariant().Split("-Q");
            if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var qy) || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var qn) || qn is < 1 or > 4)
            {
                error = $"{name("quarter")} '{q}' is not YYYY-Qn (e.g. 2025-Q2).";
                return null;
            }
            chosen.Add(PeriodComparison.Quarter(qy, qn));
        }
        if (Month is { } m)
        {
            if (!YearMonth.TryParse(m, out var one)) { error = $"{name("month")} '{m}' is not YYYY-MM."; return null; }
            chosen.Add(PeriodComparison.Month(one));
        }
        if (chosen.Count != 1)
        {
            error = chosen.Count == 0
                ? $"choose the period: {name("yearEnding")} YYYY-MM, {name("period")} FROM..TO {name("baseline")} FROM..TO, {name("financialYear")} YYYY, {name("yearToDate")} YYYY-MM, {name("quarter")} YYYY-Qn or {name("month")} YYYY-MM."
                : "choose one way of giving the period, not several.";
            return null;
        }
        return chosen[0];
    }

    /// <summary>The command line's spelling of a field: <c>yearEnding</c> is <c>--year-ending</c>.</summary>
    public static string OptionName(string field) =>
        "--" + string.Concat(field.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString()));
}
