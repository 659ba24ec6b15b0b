namespace Csp.Storage.Performance;

/// <summary>An area a partner return may name beyond the imported geography (data/config/return-areas.csv): Kent County Council, "KCC Area".</summary>
public sealed record ReturnArea(string Code, string Name, IReadOnlyList<string> Aliases);
