namespace Csp.Workbench.Cases;

public sealed record NewTask(string Title, string? AssignedTo, long? AgencyId, DateOnly? DueOn);
