namespace Csp.Core.Consultation;

/// <summary>
/// The tabulated answers of many responses as compact columns: one byte per response per answer slot, the option's
/// index or <see cref="NoAnswer"/>. 100,000 responses to 40 questions take 4 MB and are counted in one pass per column.
/// Free text and postcodes are not here (they are never counted).
/// </summary>
public sealed class ResponseMatrix
{
    public const byte NoAnswer = byte.MaxValue;
    public const int MaxOptions = NoAnswer;

    private readonly byte[][] _codes;
    private readonly Dictionary<AnswerKey, int> _index;

    private ResponseMatrix(Survey survey, IReadOnlyList<ResponseColumn> columns, byte[][] codes, IReadOnlyList<string> ids)
    {
        Survey = survey;
        Columns = columns;
        _codes = codes;
        ResponseIds = ids;
        _index = new Dictionary<AnswerKey, int>();
        for (var i = 0; i < columns.Count; i++) _index[Normalised(columns[i].Key)] = i;
    }

    public Survey Survey { get; }

    public IReadOnlyList<ResponseColumn> Columns { get; }

    public IReadOnlyList<string> ResponseIds { get; }

    public int Count => ResponseIds.Count;

    public ReadOnlySpan<byte> Codes(int column) => _codes[column];

    /// <summary>The column of an answer slot, or -1.</summary>
    public int ColumnOf(AnswerKey key) => _index.TryGetValue(Normalised(key), out var i) ? i : -1;

    /// <summary>The columns of a survey, in question order.</summary>
    public static IReadOnlyList<ResponseColumn> Layout(Survey survey)
    {
        var columns = new List<ResponseColumn>();
        for (var q = 0; q < survey.Questions.Count; q++)
        {
            var question = survey.Questions[q];
            if (!question.IsTabulated) continue;
            var choices = question.Choices;
            var keys = question.Keys();
            for (var k = 0; k < keys.Count; k++)
            {
                columns.Add(new ResponseColumn(keys[k], q, choices, question.Kind == QuestionKind.RankedChoice ? k + 1 : 0));
            }
        }
        return columns;
    }

    /// <summary>Codes validated responses (<see cref="ResponseValidator"/>); an answer that is not one of its question's options is a caller's error.</summary>
    public static ResponseMatrix Build(Survey survey, IReadOnlyList<SurveyResponse> responses)
    {
        var columns = Layout(survey);
        var codes = new byte[columns.Count][];
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var lookup = new Dictionary<string, byte>(StringComparer.Ordinal);
            for (var o = 0; o < column.Options.Count; o++) lookup[OptionText.Normalise(column.Options[o])] = (byte)o;
            var codesOfColumn = codes[c] = new byte[responses.Count];
            for (var r = 0; r < responses.Count; r++)
            {
                var value = responses[r].Answer(column.Key) ?? FindLoosely(responses[r], column.Key);
                if (value is null)
                {
                    codesOfColumn[r] = NoAnswer;
                    continue;
                }
                codesOfColumn[r] = lookup.TryGetValue(OptionText.Normalise(value), out var code)
                    ? code
                    : throw new ArgumentException($"Response '{responses[r].Id}' answers {column.Key} with '{value}', which is not one of its options; validate responses before coding them.", nameof(responses));
            }
        }
        return new ResponseMatrix(survey, columns, codes, responses.Select(r => r.Id).ToArray());
    }

    /// <summary>Wraps codes already laid out as <see cref="Layout"/> (one array per column, equal lengths), e.g. read back from storage.</summary>
    public static ResponseMatrix FromCodes(Survey survey, IReadOnlyList<byte[]> codes, IReadOnlyList<string> responseIds)
    {
        var columns = Layout(survey);
        if (codes.Count != columns.Count) throw new ArgumentException($"The survey '{survey.Id}' has {columns.Count} answer columns; {codes.Count} were given.", nameof(codes));
        for (var c = 0; c < codes.Count; c++)
        {
            if (codes[c].Length != responseIds.Count) throw new ArgumentException($"Column {columns[c].Key} has {codes[c].Length} codes for {responseIds.Count} responses.", nameof(codes));
            foreach (var code in codes[c])
            {
                if (code != NoAnswer && code >= columns[c].Options.Count) throw new ArgumentException($"Column {columns[c].Key} has code {code} but only {columns[c].Options.Count} options.", nameof(codes));
            }
        }
        return new ResponseMatrix(survey, columns, [.. codes], responseIds);
    }

    private static string? FindLoosely(SurveyResponse response, AnswerKey key)
    {
        if (key.Part is null) return null;
        var wanted = Normalised(key);
        foreach (var (k, v) in response.Answers)
        {
            if (Normalised(k) == wanted) return v;
        }
        return null;
    }

    private static AnswerKey Normalised(AnswerKey key) => new(key.QuestionId.ToLowerInvariant(), key.Part is null ? null : OptionText.Normalise(key.Part));
}
