namespace Csp.Cli;

/// <summary>The CLI's exit codes, part of its contract with scripts (README, "Exit codes").</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>An unexpected failure, or a usage error.</summary>
    public const int Error = 1;
    /// <summary>An import found a path that does not exist or a file it rejected whole (its message says why).</summary>
    public const int InputRejected = 2;
    /// <summary>The data lacks months that a period needs (and --partial was not given).</summary>
    public const int MissingData = 3;

    /// <summary>The exit code of a use case's answer.</summary>
    public static int Of(Workbench.Assessment.AnswerKind kind) => kind switch
    {
        Workbench.Assessment.AnswerKind.Answered => Success,
        Workbench.Assessment.AnswerKind.MissingData => MissingData,
        Workbench.Assessment.AnswerKind.BadRequest => Error,
        _ => InputRejected,
    };
}
