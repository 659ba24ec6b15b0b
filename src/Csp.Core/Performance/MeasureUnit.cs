namespace Csp.Core.Performance;

/// <summary>What a measure's figures are: written as <see cref="MeasureUnits.Label"/> gives ("count", "percentage", "rate per 1,000", "currency").</summary>
public enum MeasureUnit
{
    /// <summary>A number of things (offences, fires, first-time entrants): summed over the periods inside a longer one.</summary>
    Count,
    /// <summary>A share, 0 to 100 (18.9 means 18.9%): never summed; a change is in percentage points.</summary>
    Percentage,
    /// <summary>Per 1,000 residents (of the measure's age band where it has one): never summed.</summary>
    RatePer1000,
    /// <summary>Pounds sterling: summed like a count.</summary>
    Currency,
}
