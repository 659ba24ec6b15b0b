namespace Csp.Core.Consultation;

/// <summary>A group of the area's population (an age band, a sex, an ethnic group) and its residents.</summary>
public sealed record PopulationGroup(string Group, double Residents);
