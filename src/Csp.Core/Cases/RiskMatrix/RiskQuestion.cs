namespace Csp.Core.Cases.RiskMatrix;

/// <summary>A question of the matrix: an identifier the assessments keep (so a reworded question keeps its history) and its answers.</summary>
public sealed record RiskQuestion(string Id, string Text, IReadOnlyList<RiskAnswer> Answers)
{
    /// <summary>The answer with this text (case-insensitive), or null.</summary>
    public RiskAnswer? Answer(string text) =>
        Answers.FirstOrDefault(a => string.Equals(a.Text, text.Trim(), StringComparison.OrdinalIgnoreCase));

    public int MaxScore => Answers.Count == 0 ? 0 : Answers.Max(a => a.Score);
}
