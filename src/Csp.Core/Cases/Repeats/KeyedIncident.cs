namespace Csp.Core.Cases.Repeats;

/// <summary>An incident's date and the key it is counted under (a person's id, a location key, a caller's id).</summary>
public readonly record struct KeyedIncident(string Key, DateOnly Date);
