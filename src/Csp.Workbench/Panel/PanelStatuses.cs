namespace Csp.Workbench.Panel;

/// <summary>A referral's status, an action's status, and the outcomes the panel records.</summary>
public static class PanelStatuses
{
    /// <summary>Referred and awaiting a meeting.</summary>
    public const string Referred = "Referred";
    /// <summary>Accepted onto a meeting's agenda (and, once that meeting's outcome leaves it open, awaiting another).</summary>
    public const string Accepted = "Accepted";
    public const string Declined = "Declined";
    public const string Closed = "Closed";

    public const string ActionOpen = "Open";
    public const string ActionDone = "Done";
    public const string ActionNotDone = "NotDone";

    public static IReadOnlyList<string> ActionStatuses { get; } = [ActionOpen, ActionDone, ActionNotDone];

    /// <summary>Outcomes that close the referral; any other outcome keeps it for a later meeting.</summary>
    public static IReadOnlyList<string> ClosingOutcomes { get; } =
    [
        "Risk reduced: closed to the panel",
        "Support in place: closed to the panel",
        "Referred to adult social care",
        "Referred to children's social care",
        "Referred to another multi-agency panel (MARAC, Channel, MAPPA)",
        "Declined support: closed to the panel",
    ];

    public const string ReviewAgain = "Review at the next meeting";

    public static IReadOnlyList<string> Outcomes { get; } = [.. ClosingOutcomes, ReviewAgain];

    public static string Describe(string status) => status switch
    {
        Referred => "Referred, awaiting a meeting",
        Accepted => "Accepted onto a meeting's agenda",
        ActionNotDone => "Not done",
        _ => status,
    };
}
