namespace Csp.Core.Calendar;

/// <summary>A day on which the partnership's offices are closed although it is a weekday, as GOV.UK lists it.</summary>
/// <param name="Title">GOV.UK's own title, e.g. "Boxing Day (substitute day)".</param>
public readonly record struct BankHoliday(DateOnly Date, string Title);
