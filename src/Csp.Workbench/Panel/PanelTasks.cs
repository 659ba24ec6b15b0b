namespace Csp.Workbench.Panel;

/// <summary>
/// Which tasks on a case a referral to the Vulnerability Panel completes. The risk matrix's actions are the partnership's
/// data (data/config/risk-matrix.csv), so the referral is known by its words: an action that starts "Refer" and names the
/// Vulnerability Panel (the example's "Refer to the Vulnerability Panel") raises a task of kind <see cref="Referral"/>.
/// </summary>
public static class PanelTasks
{
    /// <summary>The <c>case_tasks.kind</c> of a task that a referral to the panel completes.</summary>
    public const string Referral = "panel-referral";

    /// <summary>The kind of task a matrix action raises: <see cref="Referral"/> for a referral to the panel, else null.</summary>
    public static string? Kind(string actionText) =>
        actionText.StartsWith("Refer", StringComparison.OrdinalIgnoreCase) && actionText.Contains("Vulnerability Panel", StringComparison.OrdinalIgnoreCase) ? Referral : null;
}
