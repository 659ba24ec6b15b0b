using Csp.Core.Consultation;
using Csp.Core.Reports;
using static Csp.Core.Tests.Consultation.SurveyExamples;

namespace Csp.Core.Tests.Consultation;

public sealed class SurveyResultsReportTests
{
    [Fact]
    public void A_weighted_table_says_weighted_once_in_its_caption_with_its_weighted_base()
    {
        var responses = new[]
        {
            Response("a", ("agree", "Yes")), Response("b", ("agree", "Yes")), Response("c", ("agree", "No")), Response("d"),
        };
        // Weights 2, 1, 1, 0.5: 4.5 in all, 4 of them answering (2 + 1 + 1).
        var results = SurveyTabulator.Tabulate(ResponseMatrix.Build(Example, responses), [2.0, 1.0, 1.0, 0.5], "test weights");

        var document = SurveyResultsReport.Build(Example, results, [], [], null, [], [], demo: false, Classification.Restricted(), new DateOnly(2019, 3, 4));

        var captions = document.Tables().Select(t => t.Caption).Where(c => c.StartsWith(Agree.Text, StringComparison.Ordinal)).ToList();
        Assert.Equal([$"{Agree.Text} (3 of 4 answered)", $"{Agree.Text} (weighted to the population: 4.0 of 4.5 answered)"], captions);
        Assert.All(document.Tables(), t => Assert.True(t.Caption.Split("weighted").Length <= 2, t.Caption));
    }
}
