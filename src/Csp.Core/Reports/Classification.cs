namespace Csp.Core.Reports;

/// <summary>
/// Who may read a report. A public (Part 1) report is published with the committee papers: it never shows a count below
/// <see cref="SuppressBelow"/> for a small area, and never personal data. A restricted (Part 2) report is for members and
/// officers only and shows every figure.
/// </summary>
/// <param name="Label">As printed on the cover, e.g. "Part 1 - Public".</param>
/// <param name="SuppressBelow">Counts from 1 to this minus one are shown as suppressed in small areas; 0 disables suppression.</param>
public sealed record Classification(bool IsPublic, string Label, int SuppressBelow)
{
    public static Classification Public(int suppressBelow = 5) => new(true, "Part 1 - Public", suppressBelow);

    public static Classification Restricted() => new(false, "Part 2 - Restricted: not for publication", 0);
}
