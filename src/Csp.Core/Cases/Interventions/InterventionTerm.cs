namespace Csp.Core.Cases.Interventions;

/// <summary>A length of time in whole days or calendar months, added to the day a power is given.</summary>
public readonly record struct InterventionTerm(int Days, int Months, string Words)
{
    public DateOnly LatestEnd(DateOnly issuedOn) => issuedOn.AddMonths(Months).AddDays(Days);
}
