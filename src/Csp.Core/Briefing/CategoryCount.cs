namespace Csp.Core.Briefing;

public sealed record CategoryCount(string Category, int Count);
