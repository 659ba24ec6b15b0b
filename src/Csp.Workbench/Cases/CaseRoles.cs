namespace Csp.Workbench.Cases;

/// <summary>The roles a person can have on a case.</summary>
public static class CaseRoles
{
    public const string Victim = "Victim";
    public const string Perpetrator = "Perpetrator";
    public const string Witness = "Witness";
    public const string Reporter = "Reporter";

    public static IReadOnlyList<string> All { get; } = [Victim, Perpetrator, Witness, Reporter];
}
