namespace Csp.Workbench.Cases;

/// <summary>What an appeal against a Case Review's outcome can be decided as.</summary>
public static class CaseReviewAppeals
{
    public const string Upheld = "Upheld";
    public const string PartlyUpheld = "Partly upheld";
    public const string NotUpheld = "Not upheld";

    public static IReadOnlyList<string> Decisions { get; } = [Upheld, PartlyUpheld, NotUpheld];
}
