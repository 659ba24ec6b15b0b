namespace Csp.Core.Performance;

/// <summary>Where a measure's figures come from; the engine itself only sees values by measure, area and period.</summary>
public enum MeasureSourceKind
{
    /// <summary>A data.police.uk crime type or category (the measure's source key names it): counted by month.</summary>
    PoliceUkCategory,
    /// <summary>A partner agency's return (youth justice, KCVS, probation, fire, health, council enforcement).</summary>
    PartnerReturn,
    /// <summary>A count of imported partner incidents by month: of a category, or (<c>domestic</c>) every incident flagged domestic.</summary>
    IncidentCount,
    /// <summary>The domestic abuse repeat share of imported incidents (<see cref="Incidents.RepeatVictimisation"/>), a percentage.</summary>
    RepeatVictims,
}
