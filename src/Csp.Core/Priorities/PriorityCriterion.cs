namespace Csp.Core.Priorities;

/// <summary>The seeds' criteria for choosing priorities. The first three are measured from the data; the rest are judgements the management group enters.</summary>
public enum PriorityCriterion
{
    Volume,
    Harm,
    Trend,
    CommunityConcern,
    PartnershipAddedValue,
    ControlStrategy,
    HorizonScanning,
}
