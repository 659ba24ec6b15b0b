namespace Csp.Core.Consultation;

/// <summary>Themes of a question's free text, most mentioned first (the seeds' "top 3 other issues"), and each comment's themes.</summary>
/// <param name="Comments">Non-empty answers themed (the base of the percentages).</param>
/// <param name="Unthemed">Comments in no theme: for the analyst to read, reassign, or add a keyword for.</param>
public sealed record ThemeResults(int Comments, IReadOnlyList<ThemeCount> Themes, int Unthemed, IReadOnlyList<ThemeAssignment> Assignments)
{
    public IReadOnlyList<ThemeCount> Top(int count) => Themes.Where(t => t.Comments > 0).Take(count).ToArray();
}
