namespace Csp.Core.Performance;

/// <summary>Warnings kept on a returned figure: the figure is kept as published, and shown flagged.</summary>
[Flags]
public enum ReturnFlags
{
    None = 0,
    /// <summary>A total that is not the sum of its parts where all are given (seed 000: "KCC Area 630 113 1743").</summary>
    TotalDisagreesWithParts = 1,
}
