namespace Csp.Core.Consultation;

/// <summary>
/// Counts every tabulated question of a survey: per option the respondents choosing it and their % of those who
/// answered; no answer counted apart; Don't know kept as an option like any other. With weights, a weighted table
/// beside each raw one. One pass over each column's bytes: 100,000 responses x 40 questions with weights take a few
/// milliseconds.
/// </summary>
public static class SurveyTabulator
{
    /// <param name="weights">One weight per response (e.g. from <see cref="Raking"/>), or empty for raw tables only.</param>
    public static SurveyResults Tabulate(ResponseMatrix matrix, ReadOnlySpan<double> weights = default, string? weightingNote = null)
    {
        var n = matrix.Count;
        var weighted = !weights.IsEmpty;
        if (weighted && weights.Length != n) throw new ArgumentException($"{weights.Length} weights for {n} responses.", nameof(weights));
        var totalWeight = 0.0;
        foreach (var w in weights) totalWeight += w;

        var survey = matrix.Survey;
        var raw = new List<QuestionTable>();
        var wtd = new List<QuestionTable>();
        var columns = matrix.Columns;
        var c = 0;
        while (c < columns.Count)
        {
            var column = columns[c];
            var question = survey.Questions[column.QuestionIndex];
            var options = column.Options.Count;
            if (question.Kind == QuestionKind.RankedChoice)
            {
                var ranks = 0;
                while (c + ranks < columns.Count && columns[c + ranks].QuestionIndex == column.QuestionIndex) ranks++;
                var rawCounts = new long[ranks * options];
                var weightCounts = new double[ranks * options];
                var (answered, answeredWeight) = CountRanked(matrix, c, ranks, options, weights, rawCounts, weightCounts);
                raw.Add(RankedTable(question, false, n, answered, rawCounts.Select(x => (double)x).ToArray(), ranks, column.Options));
                if (weighted) wtd.Add(RankedTable(question, true, totalWeight, answeredWeight, weightCounts, ranks, column.Options));
                c += ranks;
                continue;
            }
            var counts = new long[options + 1];
            var sums = new double[options + 1];
            Count(matrix.Codes(c), options, weights, counts, sums);
            var item = question.IsGrid ? column.Key.Part : null;
            raw.Add(Table(question, item, false, n, counts.Select(x => (double)x).ToArray(), column.Options));
            if (weighted) wtd.Add(Table(question, item, true, totalWeight, sums, column.Options));
            c++;
        }
        return new SurveyResults(survey.Id, survey.Title, n, raw, wtd, weighted ? weightingNote : null);
    }

    // The hot loop: slot = option index, or `options` for no answer. Raw and weighted counts in the same pass.
    private static void Count(ReadOnlySpan<byte> codes, int options, ReadOnlySpan<double> weights, long[] counts, double[] sums)
    {
        var perCode = new long[256];
        if (weights.IsEmpty)
        {
            foreach (var code in codes) perCode[code]++;
        }
        else
        {
            var perCodeWeight = new double[256];
            for (var i = 0; i < codes.Length; i++)
            {
                var code = codes[i];
                perCode[code]++;
                perCodeWeight[code] += weights[i];
            }
            for (var o = 0; o < options; o++) sums[o] = perCodeWeight[o];
            sums[options] = perCodeWeight[ResponseMatrix.NoAnswer];
        }
        for (var o = 0; o < options; o++) counts[o] = perCode[o];
        counts[options] = perCode[ResponseMatrix.NoAnswer];
    }

    // One pass per rank column (as the single-answer loop), marking who answered at any rank; then the base.
    private static (long Answered, double AnsweredWeight) CountRanked(ResponseMatrix matrix, int first, int ranks, int options, ReadOnlySpan<double> weights, long[] counts, double[] sums)
    {
        var n = matrix.Count;
        var answeredAny = new bool[n];
        var perCode = new long[256];
        var perCodeWeight = new double[256];
        for (var r = 0; r < ranks; r++)
        {
            Array.Clear(perCode);
            Array.Clear(perCodeWeight);
            var codes = matrix.Codes(first + r);
            if (weights.IsEmpty)
            {
                for (var i = 0; i < codes.Length; i++)
                {
                    var code = codes[i];
                    perCode[code]++;
                    answeredAny[i] |= code != ResponseMatrix.NoAnswer;
                }
            }
            else
            {
                for (var i = 0; i < codes.Length; i++)
                {
                    var code = codes[i];
                    perCode[code]++;
                    perCodeWeight[code] += weights[i];
                    answeredAny[i] |= code != ResponseMatrix.NoAnswer;
                }
            }
            for (var o = 0; o < options; o++)
            {
                counts[r * options + o] = perCode[o];
                sums[r * options + o] = perCodeWeight[o];
            }
        }
        long answered = 0;
        var answeredWeight = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (!answeredAny[i]) continue;
            answered++;
            if (!weights.IsEmpty) answeredWeight += weights[i];
        }
        return (answered, answeredWeight);
    }

    private static QuestionTable Table(SurveyQuestion question, string? item, bool weighted, double responses, double[] counts, IReadOnlyList<string> options)
    {
        var noAnswer = counts[options.Count];
        var answered = 0.0;
        for (var o = 0; o < options.Count; o++) answered += counts[o];
        var rows = new OptionCount[options.Count];
        for (var o = 0; o < options.Count; o++) rows[o] = new OptionCount(options[o], counts[o], Percent(counts[o], answered), [], []);
        return new QuestionTable(question.Id, question.Text, item, question.Kind, weighted, responses, answered, noAnswer, rows);
    }

    private static QuestionTable RankedTable(SurveyQuestion question, bool weighted, double responses, double answered, double[] counts, int ranks, IReadOnlyList<string> options)
    {
        var rows = new OptionCount[options.Count];
        for (var o = 0; o < options.Count; o++)
        {
            var byRank = new double[ranks];
            var percents = new double?[ranks];
            var any = 0.0;
            for (var r = 0; r < ranks; r++)
            {
                byRank[r] = counts[r * options.Count + o];
                percents[r] = Percent(byRank[r], answered);
                any += byRank[r];
            }
            rows[o] = new OptionCount(options[o], any, Percent(any, answered), byRank, percents);
        }
        return new QuestionTable(question.Id, question.Text, null, question.Kind, weighted, responses, answered, responses - answered, rows);
    }

    private static double? Percent(double count, double answered) => answered > 0 ? 100 * count / answered : null;
}
