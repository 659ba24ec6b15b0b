namespace Csp.Core.Incidents;

/// <summary>Domestic abuse repeat victimisation in one period (see <see cref="RepeatVictimisation"/> for the rule).</summary>
/// <param name="Incidents">DA incidents in the period with a victim key.</param>
/// <param name="Victims">Distinct victim keys with a DA incident in the period.</param>
/// <param name="RepeatVictims">Victims with at least one repeat incident in the period (the seed's "No. repeat victims").</param>
/// <param name="RepeatIncidents">Incidents in the period that were repeats.</param>
/// <param name="IncidentsWithoutVictimKey">DA incidents in the period that name no victim: not judged, not in the figures.</param>
internal sealed record RepeatVictimisationResult(
    long Incidents,
    long Victims,
    long RepeatVictims,
    long RepeatIncidents,
    long IncidentsWithoutVictimKey,
    int WindowMonths)
{
    /// <summary>Repeat victims per 100 DA incidents, one decimal (the seed's "% repeat victims"); null with no incidents.</summary>
    public decimal? PercentRepeatVictims => Incidents == 0 ? null : Math.Round(RepeatVictims * 100m / Incidents, 1, MidpointRounding.AwayFromZero);

    /// <summary>Repeat victims per 100 victims, one decimal; null with no victims.</summary>
    public decimal? PercentOfVictims => Victims == 0 ? null : Math.Round(RepeatVictims * 100m / Victims, 1, MidpointRounding.AwayFromZero);
}
