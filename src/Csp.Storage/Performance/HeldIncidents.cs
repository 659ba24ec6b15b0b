namespace Csp.Storage.Performance;

/// <summary>The first and last day any incident (British National Grid) is dated, and whether the generated demonstration set is among them.</summary>
public sealed record HeldIncidents(DateOnly? First, DateOnly? Last, bool Demo);
