using Csp.Core.Imports;

namespace Csp.Workbench.Strategy;

/// <summary>
/// What importing a structure, a strategy and its action plan did: groups added and updated, whether the strategy version
/// was new, changed or unchanged, action plan rows added, changed and kept (held but not in the file: never deleted, their
/// updates are history), and every row not read with its file, line, field and reason.
/// </summary>
public sealed record StrategyImport(long StrategyId, string Outcome, int GroupsAdded, int GroupsUpdated, int ActionsAdded, int ActionsChanged, int ActionsKept,
    IReadOnlyList<string> Refs, IReadOnlyList<ImportIssue> Issues)
{
    public const string Added = "Added";
    public const string Changed = "Changed";
    public const string Unchanged = "Unchanged";
    public const string Rejected = "Rejected";
}
