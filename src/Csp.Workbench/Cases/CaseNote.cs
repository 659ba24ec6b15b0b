namespace Csp.Workbench.Cases;

public sealed record CaseNote(long Id, DateTimeOffset At, string? Author, string Text);
