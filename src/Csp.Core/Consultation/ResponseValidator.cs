using System.Globalization;
using System.Text.RegularExpressions;

namespace Csp.Core.Consultation;

/// <summary>
/// Checks one submission against its survey, as the public form and the importers need: required questions answered,
/// options among those offered (matched by <see cref="OptionText"/>, stored in the survey's wording), ranked choices
/// different and in order, "other, please say" filled when Other is chosen, text within its length, a UK postcode
/// shaped like one. Errors are worded for the respondent, one per answer slot, in the order of the form
/// (GOV.UK design system style: "Select ...", "Enter ...").
/// </summary>
public static partial class ResponseValidator
{
    public static ResponseValidation Validate(Survey survey, string responseId, IReadOnlyDictionary<AnswerKey, string> submitted, DateOnly today)
    {
        var culture = CultureInfo.GetCultureInfo("en-GB");
        if (today < survey.Opens)
            return new(null, [new AnswerError(new AnswerKey(""), string.Create(culture, $"This survey opens on {survey.Opens:d MMMM yyyy}."))]);
        if (today > survey.Closes)
            return new(null, [new AnswerError(new AnswerKey(""), string.Create(culture, $"This survey closed on {survey.Closes:d MMMM yyyy}."))]);
        return Check(survey, responseId, submitted, enforceRequired: true);
    }

    /// <summary>
    /// The checks without the dates; <paramref name="enforceRequired"/> false for imports, where a response another tool
    /// accepted without an answer is still a response (the question counts it under "no answer").
    /// </summary>
    public static ResponseValidation Check(Survey survey, string responseId, IReadOnlyDictionary<AnswerKey, string> submitted, bool enforceRequired)
    {
        // Keys compared without regard to case or the spelling of an item's dashes and quotes.
        var given = new Dictionary<(string, string?), string>();
        foreach (var (key, value) in submitted)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            given[(key.QuestionId.ToLowerInvariant(), key.Part is null ? null : OptionText.Normalise(key.Part))] = value.Trim();
        }
        string? Get(string questionId, string? part) => given.TryGetValue((questionId.ToLowerInvariant(), part is null ? null : OptionText.Normalise(part)), out var v) ? v : null;

        var errors = new List<AnswerError>();
        var answers = new Dictionary<AnswerKey, string>();
        foreach (var q in survey.Questions)
        {
            var choices = q.Choices;
            switch (q.Kind)
            {
                case QuestionKind.PriorityGrid or QuestionKind.ProblemScale:
                    foreach (var item in q.Items)
                    {
                        var key = new AnswerKey(q.Id, item);
                        var value = Get(q.Id, item);
                        if (value is null)
                        {
                            if (q.Required && enforceRequired) errors.Add(new(key, $"Select an answer for \u2018{item}\u2019"));
                            continue;
                        }
                        var i = OptionText.IndexOf(choices, value);
                        if (i < 0) errors.Add(new(key, $"\u2018{value}\u2019 is not an answer for \u2018{item}\u2019: choose {List(choices)}"));
                        else answers[key] = choices[i];
                    }
                    break;

                case QuestionKind.RankedChoice:
                    var chosen = new List<int>();
                    var gap = false;
                    for (var r = 1; r <= q.Ranks; r++)
                    {
                        var key = AnswerKey.Rank(q.Id, r);
                        var value = Get(q.Id, key.Part);
                        if (value is null)
                        {
                            if (r == 1 && q.Required && enforceRequired) errors.Add(new(key, $"Select your first choice for \u2018{q.Text}\u2019"));
                            gap = true;
                            continue;
                        }
                        var i = OptionText.IndexOf(choices, value);
                        if (i < 0) errors.Add(new(key, $"\u2018{value}\u2019 is not one of the choices: choose {List(choices)}"));
                        else if (chosen.Contains(i)) errors.Add(new(key, $"Choose a different {Ordinal(r)} choice: \u2018{choices[i]}\u2019 is already your {Ordinal(chosen.IndexOf(i) + 1)} choice"));
                        else if (gap) errors.Add(new(key, $"Select your {Ordinal(r - 1)} choice before your {Ordinal(r)}"));
                        else
                        {
                            chosen.Add(i);
                            answers[key] = choices[i];
                        }
                    }
                    break;

                case QuestionKind.FreeText:
                {
                    var key = new AnswerKey(q.Id);
                    var value = Get(q.Id, null);
                    if (value is null)
                    {
                        if (q.Required && enforceRequired) errors.Add(new(key, $"Enter your answer to \u2018{q.Text}\u2019"));
                    }
                    else if (value.Length > q.MaxLength) errors.Add(new(key, string.Create(CultureInfo.GetCultureInfo("en-GB"), $"Your answer must be {q.MaxLength:N0} characters or fewer (it has {value.Length:N0})")));
                    else answers[key] = value;
                    break;
                }

                case QuestionKind.Postcode:
                {
                    var key = new AnswerKey(q.Id);
                    var value = Get(q.Id, null);
                    if (value is null)
                    {
                        if (q.Required && enforceRequired) errors.Add(new(key, "Enter your postcode"));
                    }
                    else if (NormalisePostcode(value) is { } postcode) answers[key] = postcode;
                    else errors.Add(new(key, "Enter a real postcode, like DA11 0DF, or leave it empty"));
                    break;
                }

                default:
                {
                    var key = new AnswerKey(q.Id);
                    var value = Get(q.Id, null);
                    if (value is null)
                    {
                        if (q.Required && enforceRequired) errors.Add(new(key, $"Select an answer to \u2018{q.Text}\u2019"));
                        break;
                    }
                    var i = OptionText.IndexOf(choices, value);
                    if (i < 0)
                    {
                        errors.Add(new(key, $"\u2018{value}\u2019 is not one of the answers: choose {List(choices)}"));
                        break;
                    }
                    answers[key] = choices[i];
                    var otherKey = new AnswerKey(q.Id, AnswerKey.OtherText);
                    var other = Get(q.Id, AnswerKey.OtherText);
                    if (q.AllowOther && OptionText.Same(choices[i], SurveyScales.Other))
                    {
                        if (other is null)
                        {
                            if (enforceRequired) errors.Add(new(otherKey, "Say what the other issue is"));
                        }
                        else if (other.Length > q.MaxLength) errors.Add(new(otherKey, string.Create(CultureInfo.GetCultureInfo("en-GB"), $"The other issue must be {q.MaxLength:N0} characters or fewer")));
                        else answers[otherKey] = other;
                    }
                    break;
                }
            }
        }
        return errors.Count > 0 ? new(null, errors) : new(new SurveyResponse(responseId, answers), []);
    }

    /// <summary>A UK postcode in its standard form (outward code, space, inward code, capitals), or null when it is not shaped like one.</summary>
    public static string? NormalisePostcode(string text)
    {
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        if (!PostcodePattern().IsMatch(compact)) return null;
        return $"{compact[..^3]} {compact[^3..]}";
    }

    private static string List(IReadOnlyList<string> choices) =>
        choices.Count <= 1 ? string.Concat(choices.Select(c => $"\u2018{c}\u2019")) : string.Join(", ", choices.Take(choices.Count - 1).Select(c => $"\u2018{c}\u2019")) + $" or \u2018{choices[^1]}\u2019";

    private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", 4 => "fourth", 5 => "fifth", _ => $"{n}th" };

    // Outward code: A9, A99, AA9, AA99, A9A, AA9A; inward code: 9AA (the letters C, I, K, M, O, V never appear there).
    [GeneratedRegex("^(?:[A-Z][0-9]{1,2}|[A-Z][A-HJ-Y][0-9]{1,2}|[A-Z][0-9][A-Z]|[A-Z][A-HJ-Y][0-9][A-Z])[0-9][ABD-HJLNP-UW-Z]{2}$")]
    private static partial Regex PostcodePattern();
}
