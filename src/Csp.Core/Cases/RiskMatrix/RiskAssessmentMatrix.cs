using Csp.Core.Calendar;

namespace Csp.Core.Cases.RiskMatrix;

/// <summary>
/// The ASB Risk Assessment Matrix as data (the seeds' "Risk Assessment Matrix" for identifying repeat and vulnerable
/// victims): questions with scored answers, the score at which medium and high risk start, what each level requires, and
/// when to reassess. Loaded from data/config/risk-matrix.csv or a partnership's own file (see data/config/README.md).
/// </summary>
public sealed class RiskAssessmentMatrix
{
    public RiskAssessmentMatrix(IReadOnlyList<RiskQuestion> questions, IReadOnlyList<RiskLevelRule> levels, IReadOnlyList<RiskAction> actions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(actions);
        if (levels.Select(l => l.Level).Distinct().Count() != 3 || levels.Count != 3)
            throw new ArgumentException("The matrix needs exactly one rule for each of standard, medium and high.", nameof(levels));
        Questions = questions;
        Levels = levels.OrderBy(l => l.Level).ToList();
        if (Levels[0].FromScore != 0 || Levels[1].FromScore <= 0 || Levels[2].FromScore <= Levels[1].FromScore)
            throw new ArgumentException("Standard risk starts at 0 and medium and high at increasing scores.", nameof(levels));
        Actions = actions;
    }

    public IReadOnlyList<RiskQuestion> Questions { get; }

    /// <summary>Standard, medium and high, in that order.</summary>
    public IReadOnlyList<RiskLevelRule> Levels { get; }

    public IReadOnlyList<RiskAction> Actions { get; }

    public int MaxScore => Questions.Sum(q => q.MaxScore);

    public RiskLevelRule Rule(RiskLevel level) => Levels[(int)level];

    /// <summary>The level a total reaches: the highest whose start is at or below it.</summary>
    public RiskLevel LevelFor(int total) => Levels.Last(l => total >= l.FromScore).Level;

    /// <summary>Scores an assessment: its total, level, the actions the level requires with due dates, and when to reassess.</summary>
    public RiskScore Score(RiskAssessment assessment, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(calendar);
        var total = 0;
        var unanswered = new List<string>();
        var problems = new List<string>();
        var floors = new List<(RiskLevel Level, string Why)>();
        var given = new Dictionary<string, string>(assessment.Answers, StringComparer.OrdinalIgnoreCase);
        foreach (var question in Questions)
        {
            if (!given.Remove(question.Id, out var text) || string.IsNullOrWhiteSpace(text))
            {
                unanswered.Add(question.Id);
                continue;
            }
            var answer = question.Answer(text);
            if (answer is null)
            {
                problems.Add($"Question {question.Id} has no answer '{text.Trim()}'; its answers are: {string.Join("; ", question.Answers.Select(a => a.Text))}.");
                continue;
            }
            total += answer.Score;
            if (answer.AtLeast is { } floor) floors.Add((floor, $"The answer '{answer.Text}' to {question.Id} ({question.Text}) makes the risk at least {Word(floor)}."));
        }
        foreach (var unknown in given.Keys.Order(StringComparer.Ordinal)) problems.Add($"The matrix has no question {unknown}.");

        var scoreLevel = LevelFor(total);
        var reasons = new List<string> { $"The score is {total} of {MaxScore}: {Word(scoreLevel)} ({Range(scoreLevel)})." };
        var level = scoreLevel;
        foreach (var (floor, why) in floors.Where(f => f.Level > scoreLevel))
        {
            reasons.Add(why);
            if (floor > level) level = floor;
        }
        if (assessment.RaisedTo is { } raised && raised > level)
        {
            level = raised;
            reasons.Add($"The assessor raised the risk to {Word(raised)}: {assessment.RaisedBecause ?? "no reason given"}.");
        }
        if (unanswered.Count > 0) reasons.Add($"{unanswered.Count} of {Questions.Count} questions are unanswered ({string.Join(", ", unanswered)}): the score may understate the risk.");

        var actions = Actions.Where(a => a.Level == level)
            .Select(a => new RequiredAction(a.Text, a.WithinWorkingDays is { } days ? new Deadline(calendar.AddWorkingDays(assessment.AssessedOn, days)) : null))
            .ToList();
        var reassessBy = assessment.AssessedOn.AddDays(Rule(level).ReassessAfterDays);
        return new RiskScore(assessment.AssessedOn, total, MaxScore, scoreLevel, level, reasons, unanswered, problems, actions, reassessBy);
    }

    private string Range(RiskLevel level) => level == RiskLevel.High
        ? $"{Rule(level).FromScore} or more"
        : $"{Rule(level).FromScore} to {Rule(level + 1).FromScore - 1}";

    internal static string Word(RiskLevel level) => level switch
    {
        RiskLevel.High => "high",
        RiskLevel.Medium => "medium",
        _ => "standard",
    };
}
