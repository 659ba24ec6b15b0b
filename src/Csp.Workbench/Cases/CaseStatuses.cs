namespace Csp.Workbench.Cases;

/// <summary>A case's status, and the outcomes a closed case records.</summary>
public static class CaseStatuses
{
    public const string Open = "Open";
    public const string UnderReview = "UnderReview";
    public const string Closed = "Closed";

    public static IReadOnlyList<string> Outcomes { get; } =
        ["Resolved", "Resolved by enforcement", "Victim moved", "Perpetrator moved", "No further action", "Referred to another agency", "Victim withdrew"];

    public static IReadOnlyList<string> Types { get; } =
        ["Neighbour nuisance", "Noise", "Youth nuisance", "Drug-related ASB", "Harassment and intimidation", "Vehicle nuisance", "Street drinking", "Criminal damage", "Hate-related ASB", "Other"];

    public static string Describe(string status) => status == UnderReview ? "Under review" : status;
}
