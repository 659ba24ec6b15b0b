namespace Csp.Workbench.Panel;

/// <summary>An action the panel gives an agency on an agenda item.</summary>
public sealed record NewPanelAction(long OwnerAgencyId, string? Action, DateOnly? DueOn);
