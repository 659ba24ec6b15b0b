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

    /// <summary>
    /// Codes validated responses (<see cref="ResponseValidator"/>); an answer that is not one of its question's options
    /// is a caller's error. Keys and answers in the survey's own wording (as the validator stores them) are found by
    /// exact look-up; other spellings by <see cref="OptionText"/>. Answers to free text, postcodes and "other" text are
    /// not coded.
    /// </summary>
    public static ResponseMatrix Build(Survey survey, IReadOnlyList<SurveyResponse> responses)
    {
        var columns = Layout(survey);
        var codes = new byte[columns.Count][];
        var exactColumn = new Dictionary<AnswerKey, int>();
        var looseColumn = new Dictionary<AnswerKey, int>();
        var exactOption = new Dictionary<string, byte>[columns.Count];
        var looseOption = new Dictionary<string, byte>[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            codes[c] = new byte[responses.Count];
            Array.Fill(codes[c], NoAnswer);
            exactColumn[columns[c].Key] = c;
            looseColumn[Normalised(columns[c].Key)] = c;
            exactOption[c] = new Dictionary<string, byte>(StringComparer.Ordinal);
            looseOption[c] = new Dictionary<string, byte>(StringComparer.Ordinal);
            for (var o = 0; o < columns[c].Options.Count; o++)
            {
                exactOption[c][columns[c].Options[o]] = (byte)o;
                looseOption[c][OptionText.Normalise(columns[c].Options[o])] = (byte)o;
            }
        }
        for (var r = 0; r < responses.Count; r++)
        {
            foreach (var (key, value) in responses[r].Answers)
            {
                if (!exactColumn.TryGetValue(key, out var c) && !looseColumn.TryGetValue(Normalised(key), out c)) continue;
                if (string.IsNullOrWhiteSpace(value)) continue;
                codes[c][r] = exactOption[c].TryGetValue(value, out var code) || looseOption[c].TryGetValue(OptionText.Normalise(value), out code)
                    ? code
                    : throw new ArgumentException($"Response '{responses[r].Id}' answers {columns[c].Key} with '{value}', which is not one of its options; validate responses before coding them.", nameof(responses));
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

    private static AnswerKey Normalised(AnswerKey key) => new(key.QuestionId.ToLowerInvariant(), key.Part is null ? null : OptionText.Normalise(key.Part));
}
