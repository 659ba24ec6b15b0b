namespace Csp.Core.Cases.SubjectAccess;

public sealed record SubjectTask(string Title, string? AssignedTo, DateOnly? DueOn, DateOnly? DoneOn, string? Outcome);
