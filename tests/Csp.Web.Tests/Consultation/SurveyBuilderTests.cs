using System.Net;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests.Consultation;

/// <summary>
/// The survey builder over HTTP on the loaded sample: an analyst builds a draft with questions of the kinds, the
/// public form does not show it until it is opened; bad input is named; the sample survey, which has responses, keeps its
/// questions; every save and opening audited.
/// </summary>
public sealed class SurveyBuilderTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>
{
    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new KeyValuePair<string, string>("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    [Fact]
    public async Task An_analyst_builds_a_draft_opens_it_and_the_public_form_then_takes_a_response()
    {
        var analyst = await sample.App.SignedInAsync(TestUsers.For(Roles.Analyst));
        var token = await CspAppFactory.FormTokenAsync(analyst, "/consultation/builder");
        (string, string)[] fields =
        [
            ("SurveyId", "csp-2026"), ("Title", "Community safety survey 2026"), ("Introduction", "People who live or work here."),
            ("Opens", "2020-01-01"), ("Closes", "2099-12-31"), ("Area", ""),
            ("Questions[0].Text", "What level of priority should each be given?"), ("Questions[0].Id", "priority"), ("Questions[0].Kind", "PriorityGrid"),
            ("Questions[0].Items", "Reducing burglary\nRoad safety"), ("Questions[0].Required", "true"),
            ("Questions[1].Text", "The single most important issue"), ("Questions[1].Id", "single"), ("Questions[1].Kind", "SingleChoice"),
            ("Questions[1].Options", "Burglary\nSpeeding"), ("Questions[1].Other", "true"),
            ("Questions[2].Text", "Your first and second choice"), ("Questions[2].Id", "ranked"), ("Questions[2].Kind", "RankedChoice"),
            ("Questions[2].Options", "Burglary\nSpeeding\nDrugs"), ("Questions[2].Ranks", "2"),
            ("Questions[3].Text", "Any other issues?"), ("Questions[3].Id", "other"), ("Questions[3].Kind", "FreeText"),
            ("Questions[4].Text", "Your postcode"), ("Questions[4].Id", "postcode"), ("Questions[4].Kind", "Postcode"),
            ("Questions[5].Text", ""), ("Questions[5].Kind", "FreeText"),
        ];
        var saved = await analyst.PostAsync("/consultation/builder?handler=Save", Form(token, fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/consultation/builder/csp-2026?saved=saved", saved.Headers.Location!.OriginalString);

        var page = await analyst.GetStringAsync("/consultation/builder/csp-2026");
        Assert.Contains("Draft: the public form does not show it", page, StringComparison.Ordinal);
        Assert.Contains("value=\"What level of priority should each be given?\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await sample.App.Anonymous().GetAsync("/survey/csp-2026")).StatusCode);

        var opened = await analyst.PostAsync("/consultation/builder/csp-2026?handler=Open", Form(token));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var form = await sample.App.Anonymous().GetStringAsync("/survey/csp-2026");
        Assert.Contains("<legend>Reducing burglary</legend>", form, StringComparison.Ordinal);
        Assert.Contains("Your first and second choice", form, StringComparison.Ordinal);

        var audit = sample.App.Services.GetRequiredService<AuditTrail>();
        var entries = (await audit.ReadAsync(AuditActions.SurveyChanged, TestUsers.For(Roles.Analyst), 1, default)).Entries.Where(e => e.Target == "csp-2026").ToList();
        Assert.Contains(entries, e => e.Detail!.StartsWith("created as a draft: 5 questions", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Detail!.StartsWith("opened", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_input_is_named_and_a_survey_with_responses_keeps_its_questions()
    {
        var analyst = await sample.App.SignedInAsync(TestUsers.For(Roles.Analyst));
        var token = await CspAppFactory.FormTokenAsync(analyst, "/consultation/builder");
        var bad = await analyst.PostAsync("/consultation/builder?handler=Save", Form(token, ("SurveyId", "bad-dates"), ("Title", "Bad"), ("Opens", "2026-03-01"), ("Closes", "2026-02-01"),
            ("Questions[0].Text", "Rate these"), ("Questions[0].Id", "grid"), ("Questions[0].Kind", "ProblemScale")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var body = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("the survey closes (1 February 2026) before it opens (1 March 2026).", body, StringComparison.Ordinal);
        Assert.Contains("question 'grid' is a grid with no issues to rate.", body, StringComparison.Ordinal);

        // The sample survey has 456 responses: its title may change, its questions may not.
        var changed = await analyst.PostAsync("/consultation/builder/dg-csp-2013?handler=Save", Form(token, ("SurveyId", "dg-csp-2013"), ("Title", "Changed"),
            ("Opens", "2013-01-07"), ("Closes", "2013-02-15"), ("Questions[0].Text", "Do you agree?"), ("Questions[0].Id", "agree"), ("Questions[0].Kind", "FreeText")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, changed.StatusCode);
        Assert.Contains("survey 'dg-csp-2013' already has 456 responses, so its questions cannot change (question 'agree' is now FreeText)",
            WebUtility.HtmlDecode(await changed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
    [Fact]
    public async Task Moving_a_question_saves_the_new_order_keeps_every_id_and_is_audited()
    {
        var analyst = await sample.App.SignedInAsync(TestUsers.For(Roles.Analyst));
        var token = await CspAppFactory.FormTokenAsync(analyst, "/consultation/builder");
        // The third question has no id yet: it keeps the one its place gave it (q3), wherever it moves.
        var moved = await analyst.PostAsync("/consultation/builder?handler=Move&question=2&direction=up", Form(token, ("SurveyId", "move-2026"), ("Title", "Order"),
            ("Opens", "2020-01-01"), ("Closes", "2099-12-31"),
            ("Questions[0].Text", "First"), ("Questions[0].Id", "first"), ("Questions[0].Kind", "FreeText"),
            ("Questions[1].Text", "Second"), ("Questions[1].Id", "second"), ("Questions[1].Kind", "YesNoDontKnow"), ("Questions[1].Required", "true"),
            ("Questions[2].Text", "Third"), ("Questions[2].Kind", "FreeText"),
            ("Questions[3].Text", ""), ("Questions[3].Kind", "FreeText")));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal("/consultation/builder/move-2026?saved=moved#question-2", moved.Headers.Location!.OriginalString);

        var editing = (await sample.App.Services.GetRequiredService<Csp.Workbench.Consultation.Surveys>().EditingAsync("move-2026", default))!;
        Assert.Equal([("first", "First"), ("q3", "Third"), ("second", "Second")], editing.Survey.Questions.Select(q => (q.Id, q.Text)));
        Assert.True(editing.Survey.Question("second")!.Required);

        // Down from the first place; a move past either end changes nothing but still saves.
        var page = await analyst.GetStringAsync("/consultation/builder/move-2026");
        Assert.Contains("Move down<span class=\"visually-hidden\"> question 1</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Move up<span class=\"visually-hidden\"> question 1</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Move down<span class=\"visually-hidden\"> question 3</span>", page, StringComparison.Ordinal);
        (string, string)[] now =
        [
            ("SurveyId", "move-2026"), ("Title", "Order"), ("Opens", "2020-01-01"), ("Closes", "2099-12-31"),
            ("Questions[0].Text", "First"), ("Questions[0].Id", "first"), ("Questions[0].Kind", "FreeText"),
            ("Questions[1].Text", "Third"), ("Questions[1].Id", "q3"), ("Questions[1].Kind", "FreeText"),
            ("Questions[2].Text", "Second"), ("Questions[2].Id", "second"), ("Questions[2].Kind", "YesNoDontKnow"), ("Questions[2].Required", "true"),
        ];
        Assert.Equal(HttpStatusCode.Redirect, (await analyst.PostAsync("/consultation/builder/move-2026?handler=Move&question=0&direction=down", Form(token, now))).StatusCode);
        editing = (await sample.App.Services.GetRequiredService<Csp.Workbench.Consultation.Surveys>().EditingAsync("move-2026", default))!;
        Assert.Equal(["q3", "first", "second"], editing.Survey.Questions.Select(q => q.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await analyst.PostAsync("/consultation/builder/move-2026?handler=Move&question=0&direction=up", Form(token, now))).StatusCode);
        editing = (await sample.App.Services.GetRequiredService<Csp.Workbench.Consultation.Surveys>().EditingAsync("move-2026", default))!;
        Assert.Equal(["first", "q3", "second"], editing.Survey.Questions.Select(q => q.Id));

        var audit = sample.App.Services.GetRequiredService<AuditTrail>();
        var entries = (await audit.ReadAsync(AuditActions.SurveyChanged, TestUsers.For(Roles.Analyst), 1, default)).Entries.Where(e => e.Target == "move-2026").ToList();
        Assert.Equal(3, entries.Count);
    }
}
