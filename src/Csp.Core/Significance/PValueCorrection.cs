namespace Csp.Core.Significance;

/// <summary>How p-values are adjusted when many places are tested at once.</summary>
public enum PValueCorrection
{
    /// <summary>No adjustment: with 10,000 cells about 500 are "significant at 95%" by chance alone.</summary>
    None = 0,

    /// <summary>Benjamini-Hochberg false discovery rate: of the places called significant at 95%, at most about 5% are expected to be false alarms.</summary>
    FalseDiscoveryRate = 1,

    /// <summary>Bonferroni: p × number of tests, capped at 1; controls the chance of any false alarm, so it is very strict.</summary>
    Bonferroni = 2,
}
