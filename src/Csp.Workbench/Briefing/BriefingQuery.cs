namespace Csp.Workbench.Briefing;

/// <summary>
/// A briefing for an area. With neither end given: the previous 24 hours to now (on a Monday, since the same time on
/// Friday); <see cref="SinceLastBriefing"/> starts instead where the last briefing held for the area ended. UK local times.
/// </summary>
public sealed record BriefingQuery(string Area, DateTime? Since = null, DateTime? Until = null, bool SinceLastBriefing = false);
