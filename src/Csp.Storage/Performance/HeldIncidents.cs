using Csp.Core.Incidents;

namespace Csp.Storage.Performance;

/// <summary>The incidents held (British National Grid), the first and last day any is dated, and whether the generated demonstration set is among them.</summary>
public sealed record HeldIncidents(IReadOnlyList<IncidentRecord> Incidents, DateOnly? First, DateOnly? Last, bool Demo);
