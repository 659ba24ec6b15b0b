namespace Csp.Workbench.Performance;

/// <summary>What became of an entered figure: kept (and what it replaced), or refused with the field and the reason.</summary>
public sealed record ReturnSubmission(bool Done, string? Field, string? Problem, string? Replaced)
{
    public static ReturnSubmission Refused(string field, string problem) => new(false, field, problem, null);
}
