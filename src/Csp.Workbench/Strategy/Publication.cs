namespace Csp.Workbench.Strategy;

/// <summary>A document as published: what the public page serves, who published it and when.</summary>
public sealed record Publication(long Id, string Kind, long StrategyId, string Title, string Html, string PublishedBy, DateTimeOffset PublishedAt);
