namespace Csp.Workbench.Strategy;

/// <summary>
/// An action plan row's fields as an administrator or analyst gives them in the web app: the coordinating delivery groups
/// by name or alias (one or more, of the partnership's structure), the Strategic Assessment priorities as written (one or
/// more; a value naming several, "Domestic abuse, violent crime", is split as the import splits it), owner agency and lead
/// (empty: none), start and due dates as yyyy-MM-dd (empty: none; the due date is the last day, included), status and RAG
/// as words.
/// </summary>
public sealed record ActionRowEdit(string? Action, IReadOnlyList<string> Groups, IReadOnlyList<string> Priorities, string? OwnerAgency, string? Lead,
    string? Start, string? Due, string? Status, string? Rag);
