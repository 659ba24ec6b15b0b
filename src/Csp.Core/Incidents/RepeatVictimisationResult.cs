namespace Csp.Core.Incidents;

/// <summary>Domestic abuse repeat victimisation in one period (see <see cref="RepeatVictimisation"/> for the rule).</summary>
/// <param name="Incidents">DA incidents in the period with a victim key: the denominator of the share.</param>
/// <param name="Victims">Distinct victim keys with a DA incident in the period.</param>
/// <param name="RepeatVictims">Victims with at least one repeat incident in the period.</param>
/// <param name="RepeatIncidents">Incidents in the period whose victim had another DA incident before it in the window: the numerator.</param>
/// <param name="IncidentsWithoutVictimKey">DA incidents in the period that name no victim: not judged, not in the figures.</param>
public sealed record RepeatVictimisationResult(
    long Incidents,
    long Victims,
    long RepeatVictims,
    long RepeatIncidents,
    long IncidentsWithoutVictimKey,
    int WindowMonths)
{
    /// <summary>Repeat incidents per 100 DA incidents with a victim key, one decimal (seed 000's "% repeat victims"); null with no incidents.</summary>
    public decimal? PercentRepeat => Incidents == 0 ? null : Math.Round(RepeatIncidents * 100m / Incidents, 1, MidpointRounding.AwayFromZero);

    /// <summary>Repeat victims per 100 victims, one decimal; null with no victims.</summary>
    public decimal? PercentOfVictims => Victims == 0 ? null : Math.Round(RepeatVictims * 100m / Victims, 1, MidpointRounding.AwayFromZero);
}
