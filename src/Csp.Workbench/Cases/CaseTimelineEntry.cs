namespace Csp.Workbench.Cases;

/// <summary>One thing that happened on a case, for its timeline (newest first): an incident, a note, an assessment, an intervention...</summary>
public sealed record CaseTimelineEntry(DateOnly On, string Kind, string Text);
