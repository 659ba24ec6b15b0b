using System.Globalization;
using System.Text.RegularExpressions;

namespace Csp.Core.Consultation;

/// <summary>A consultation survey: its questions and the dates it takes responses.</summary>
/// <param name="Opens">The first day responses are taken (inclusive).</param>
/// <param name="Closes">The last day responses are taken (inclusive: a survey that closes on 3 March takes responses all that day).</param>
public sealed partial record Survey(string Id, string Title, DateOnly Opens, DateOnly Closes, IReadOnlyList<SurveyQuestion> Questions)
{
    /// <summary>Who was invited and why, shown above the form (seed 002: people who "live or work" in the area).</summary>
    public string? Introduction { get; init; }

    public bool IsOpenOn(DateOnly day) => day >= Opens && day <= Closes;

    public SurveyQuestion? Question(string id) => Questions.FirstOrDefault(q => string.Equals(q.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>What is wrong with the definition, in words; empty when it can be used.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Id)) problems.Add("the survey has no id.");
        if (string.IsNullOrWhiteSpace(Title)) problems.Add("the survey has no title.");
        if (Closes < Opens)
            problems.Add(string.Create(CultureInfo.GetCultureInfo("en-GB"), $"the survey closes ({Closes:d MMMM yyyy}) before it opens ({Opens:d MMMM yyyy})."));
        if (Questions.Count == 0) problems.Add("the survey has no questions.");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var q in Questions)
        {
            var name = $"question '{q.Id}'";
            if (!IdPattern().IsMatch(q.Id)) problems.Add($"{name}: an id is letters, digits, '-' or '_' (up to 64).");
            if (!seen.Add(q.Id)) problems.Add($"{name}: the id is used twice.");
            if (string.IsNullOrWhiteSpace(q.Text)) problems.Add($"{name} has no text.");
            var choices = q.Choices;
            if (q.IsTabulated && choices.Count == 0) problems.Add($"{name} has no options.");
            if (q.IsTabulated && choices.Count > ResponseMatrix.MaxOptions) problems.Add($"{name} has more than {ResponseMatrix.MaxOptions} options.");
            if (choices.Select(OptionText.Normalise).Distinct(StringComparer.Ordinal).Count() != choices.Count) problems.Add($"{name} has the same option twice.");
            if (q.IsGrid && q.Items.Count == 0) problems.Add($"{name} is a grid with no issues to rate.");
            if (q.Items.Select(OptionText.Normalise).Distinct(StringComparer.Ordinal).Count() != q.Items.Count) problems.Add($"{name} has the same issue twice.");
            if (q.Kind == QuestionKind.RankedChoice && (q.Ranks < 1 || q.Ranks > choices.Count)) problems.Add($"{name} asks for {q.Ranks} choices among {choices.Count} options.");
            if (q.MaxLength < 1) problems.Add($"{name}: the longest answer must be at least 1 character.");
        }
        if (Questions.Count(q => q.Kind == QuestionKind.Postcode) > 1) problems.Add("the survey asks for a postcode twice.");
        return problems;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdPattern();
}
