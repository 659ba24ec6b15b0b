namespace Csp.Core.Areas;

/// <summary>The levels of the ONS hierarchy a partnership works with, from the widest to the smallest.</summary>
public enum AreaLevel
{
    Country,
    /// <summary>A police force area (PFA, E23...), e.g. E23000032 Kent.</summary>
    ForceArea,
    /// <summary>A Community Safety Partnership (E22...), which may cover one district or two.</summary>
    CommunitySafetyPartnership,
    /// <summary>A local authority district or unitary authority (E06/E07/E08/E09/W06...).</summary>
    District,
    /// <summary>An electoral ward (E05/W05...).</summary>
    Ward,
    /// <summary>A Lower layer Super Output Area (E01/W01...), about 1,500 residents.</summary>
    Lsoa,
}
