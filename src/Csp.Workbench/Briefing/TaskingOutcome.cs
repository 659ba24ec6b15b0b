using Csp.Workbench.Assessment;

namespace Csp.Workbench.Briefing;

/// <summary>A task after a change, or why the change was refused (<see cref="Kind"/> NotFound, Forbidden or BadRequest with <see cref="Problem"/>).</summary>
public sealed record TaskingOutcome(TaskingView? Task, AnswerKind Kind, string? Problem)
{
    public static TaskingOutcome Done(TaskingView task) => new(task, AnswerKind.Answered, null);

    public static TaskingOutcome Refused(AnswerKind kind, string problem) => new(null, kind, problem);
}
