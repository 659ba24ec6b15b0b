using System.Net;
using Csp.Web.Tests.Infrastructure;

namespace Csp.Web.Tests.Consultation;

/// <summary>The public survey form over HTTP: open to anyone, the closed survey says so, anti-forgery and the rate limit on submissions.</summary>
public sealed class PublicSurveyTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>
{
    [Fact]
    public async Task Anyone_reads_the_open_form_a_closed_survey_takes_nothing_and_the_results_need_an_analyst()
    {
        var anonymous = sample.App.Anonymous();

        var open = await anonymous.GetStringAsync("/survey/dg-csp-demo");
        var closed = await anonymous.GetStringAsync("/survey/dg-csp-2013");
        var missing = await anonymous.GetAsync("/survey/no-such-survey");
        var results = await anonymous.GetAsync("/consultation/dg-csp-2013");

        Assert.Contains("<form method=\"post\" id=\"survey-form\"", open, StringComparison.Ordinal);
        Assert.Contains("name=\"__RequestVerificationToken\"", open, StringComparison.Ordinal);
        Assert.Contains("<legend>Reducing burglary</legend>", open, StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"postal-code\"", open, StringComparison.Ordinal);
        Assert.Contains("This survey closed on 15 February 2013.", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("survey-form", closed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, results.StatusCode);
        Assert.StartsWith("/account/sign-in", results.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_without_the_anti_forgery_token_is_refused_and_more_than_ten_a_minute_from_one_address_are_turned_away()
    {
        var anonymous = sample.App.Anonymous();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["agree"] = "Yes", ["submission"] = Guid.NewGuid().ToString("N") });
            statuses.Add((await anonymous.PostAsync("/survey/dg-csp-demo", form)).StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.BadRequest, 10), statuses.Take(10));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
        // Reading the form is not limited.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/survey/dg-csp-demo")).StatusCode);
    }
}
