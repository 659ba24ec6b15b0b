namespace Csp.Workbench.Briefing;

/// <summary>A task to raise: what, where, for whom (null: the raiser's own agency keeps it), by when.</summary>
/// <param name="AreaCode">The ward or district it is for (an ONS code or name), or null.</param>
/// <param name="RelatedIncidents">Incident ids the task answers.</param>
public sealed record TaskingDraft(string What, string? Where, DateOnly Due, string? OwnerAgency = null, string? OwnerOfficer = null, string? AreaCode = null,
    IReadOnlyList<string>? RelatedIncidents = null, string? CaseReference = null);
