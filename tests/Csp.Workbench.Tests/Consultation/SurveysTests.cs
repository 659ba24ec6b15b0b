using Csp.Core.Consultation;
using Csp.Core.Imports;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Audit;
using Csp.Workbench.Consultation;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Tests.Consultation;

/// <summary>
/// The consultation use case on a real database of each kind: the bundled sample (seed 001's survey, reconstructed)
/// imported as <c>csp import sample</c> does, its tables against the counts the seed publishes
/// (shared/seeds/001_db4ec05eac61faa4.txt, line numbers below), imports idempotent, bad rows kept with line and column,
/// the public form's submissions stored and their postcodes kept apart and deleted after the retention period.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SurveysTests(PostgresServer postgres)
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    private static void AssertCounts(QuestionTable table, int answered, params int[] counts)
    {
        Assert.Equal(counts.Select(c => (double)c), table.Options.Select(o => o.Count));
        Assert.Equal(answered, table.Answered);
        Assert.Equal(456 - answered, table.NoAnswer);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_sample_survey_stored_and_read_back_gives_seed_001s_tables(DatabaseProvider provider)
    {
        await using var world = await SurveyWorld.CreateAsync(provider, postgres);
        await world.AddAreasAsync();
        await world.ImportSampleAsync();

        var report = (await world.Surveys.ResultsAsync("dg-csp-2013", null, default))!;

        Assert.Equal(456, report.Survey.Responses);  // line 185
        Assert.True(report.Survey.Demo);
        var results = report.Results;
        AssertCounts(results.Table("agree")!, 440, 408, 16, 16);  // lines 190-193
        Assert.Equal("440 of 456 answered", results.Table("agree")!.Base);
        AssertCounts(results.Table("priority", "Reducing anti-social behaviour")!, 449, 390, 56, 3);  // line 220
        AssertCounts(results.Table("priority", "Working with offenders")!, 447, 129, 246, 72);
        AssertCounts(results.Table("problem", "Rubbish/litter lying around")!, 442, 141, 145, 110, 42, 4);  // lines 312-548
        AssertCounts(results.Table("problem", "People using/dealing drugs")!, 440, 48, 60, 96, 137, 99);
        AssertCounts(results.Table("age")!, 445, 1, 5, 18, 54, 92, 123, 152);  // lines 596-629
        AssertCounts(results.Table("gender")!, 443, 204, 239);
        Assert.Equal(86.859688195991, results.Table("priority", "Reducing anti-social behaviour")!.Options[0].Percent!.Value, 9);  // 390 / 449, the seed prints "87%"

        // Representativeness against the bundled ONS figures for the survey's two districts (the Ingest test checked the same against scipy).
        Assert.Equal(["Age", "Sex", "Ethnicity"], report.Representativeness.Select(c => c.Characteristic));
        Assert.Equal(200.9610636444374, report.Representativeness[0].Test!.Statistic, 9);
        Assert.Equal(0.3718363142654634, report.Representativeness[1].Test!.PValue, 9);
        Assert.True(report.Weights!.Converged);
        Assert.Equal(results.Tables.Count, results.Weighted.Count);
        Assert.StartsWith("Weighted: raked to age", results.WeightingNote, StringComparison.Ordinal);
        // Weighted, the sex table matches the residents aged 16+ (84,863 men, 91,312 women) among those who answered it.
        var sex = results.Weighted.Single(t => t.QuestionId == "gender");
        Assert.Equal(100.0 * 84863 / (84863 + 91312), sex.Options[0].Percent!.Value, 4);

        // Lines 266-274 and 550-562: the seed's top three themes.
        Assert.Equal(["More visible policing", "Road safety (parking/speeding/nuisance bikes)", "Environment (litter/fly-tipping/graffiti/dog fouling)"],
            report.Themes.Single(t => t.QuestionId == "other-priorities").Themes.Top(3).Select(t => t.Theme));

        // Community concern: 5 x the share rating the issue High; anti-social behaviour 390 of 449.
        var asb = report.Concern.Single(c => c.Category == "Anti-social behaviour");
        Assert.Equal(Math.Round(5 * 390 / 449.0, 2), asb.Score);
        Assert.Equal("priority", report.ConcernQuestion);
        Assert.Equal(Math.Round(5 * 298 / 444.0, 2), report.Concern.Single(c => c.Category == "Shoplifting").Score);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_districts_community_concern_comes_from_its_partnerships_survey(DatabaseProvider provider)
    {
        await using var world = await SurveyWorld.CreateAsync(provider, postgres);
        await world.AddAreasAsync();
        await world.ImportSampleAsync();
        var gravesham = new Core.Areas.Area("E07000109", "Gravesham", Core.Areas.AreaLevel.District, "E22000352");
        var areas = new Core.Assessment.AreaModel(
            [new Core.Areas.Area("E22000352", "Dartford and Gravesham", Core.Areas.AreaLevel.CommunitySafetyPartnership, null), gravesham],
            new Dictionary<string, int[]>(), new Dictionary<(string Code, int Year), long>(), new Dictionary<string, string>());

        var concern = (await new SurveyConcern(world.Database).ForAreaAsync(gravesham, areas, default))!;

        // Read in plain SQL (no EF model on a cold csp assess): the same figures as the results page, seed 001's 390 of 449.
        Assert.Equal("dg-csp-2013", concern.SurveyId);
        Assert.Equal("E22000352", concern.AreaCode);
        Assert.Equal(456, concern.Responses);
        Assert.Equal(Math.Round(5 * 390 / 449.0, 2), concern.Scores.Single(c => c.Category == "Anti-social behaviour").Score);
        Assert.Contains("Dartford and Gravesham", concern.Note, StringComparison.Ordinal);
        Assert.Null(await new SurveyConcern(world.Database).ForAreaAsync(new Core.Areas.Area("E07000111", "Sevenoaks", Core.Areas.AreaLevel.District, null), areas, default));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Importing_the_same_survey_and_responses_again_changes_nothing(DatabaseProvider provider)
    {
        await using var world = await SurveyWorld.CreateAsync(provider, postgres);
        await world.AddAreasAsync();
        await world.ImportSampleAsync();

        var survey = await world.Surveys.ImportSurveyAsync(SurveyWorld.SampleDefinition(), Actor.System, default);
        var again = await world.Surveys.ImportResponsesAsync("dg-csp-2013", Path.Combine(SurveyWorld.Folder, "dg-csp-2013-responses.csv"), null, false, Actor.System, default);

        Assert.Equal(FileOutcome.Unchanged, survey.Outcome);
        Assert.Equal(FileOutcome.Unchanged, again.Outcome);
        Assert.Equal(456, again.RowsDuplicate);
        // The same responses in another file (the first 11 lines, one changed): the ids held are duplicates, the new one lands.
        var lines = await File.ReadAllLinesAsync(Path.Combine(SurveyWorld.Folder, "dg-csp-2013-responses.csv"));
        var path = Path.Combine(Path.GetTempPath(), $"csp-survey-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(path, [.. lines.Take(11), lines[1].Replace("DG2013-0001", "DG2013-9999", StringComparison.Ordinal)]);
        var overlap = await world.Surveys.ImportResponsesAsync("dg-csp-2013", path, null, false, Actor.System, default);
        Assert.Equal((11L, 1L, 10L), (overlap.RowsRead, overlap.RowsAdded, overlap.RowsDuplicate));
        Assert.Equal(457, (await world.Surveys.ListAsync(default)).Single().Responses);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_bad_row_is_kept_with_its_line_and_column_and_the_good_rows_land(DatabaseProvider provider)
    {
        await using var world = await SurveyWorld.CreateAsync(provider, postgres);
        await world.Surveys.ImportSurveyAsync(SurveyWorld.SampleDefinition(area: null), Actor.System, default);
        var path = Path.Combine(Path.GetTempPath(), $"csp-survey-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, "Response ID,agree,age,postcode\nR1,Yes,65+,DA11 0DF\nR2,Perhaps,18-24,\nR3,No,,\n");

        var report = await world.Surveys.ImportResponsesAsync("dg-csp-2013", path, null, false, Actor.System, default);

        Assert.Equal((3L, 2L, 1L), (report.RowsRead, report.RowsAdded, report.RowsQuarantined));
        var issue = Assert.Single(report.Issues);
        Assert.Equal((3L, "agree"), (issue.Line, issue.Field));
        Assert.Contains("\u2018Perhaps\u2019", issue.Message, StringComparison.Ordinal);
        await using var db = world.Database.CreateContext();
        var kept = await db.SurveyQuarantinedRows.SingleAsync();
        Assert.Equal((3, "agree", "R2,Perhaps,18-24,"), (kept.Line, kept.Field, kept.Raw));
        // The postcode is stored apart from the answers, never among them.
        Assert.Equal("DA11 0DF", (await db.SurveyPostcodes.SingleAsync()).Postcode);
        Assert.DoesNotContain(await db.SurveyAnswers.Select(a => a.QuestionKey).ToListAsync(), k => k == "postcode");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_form_submission_is_stored_once_and_its_postcode_is_deleted_after_the_retention_period(DatabaseProvider provider)
    {
        await using var world = await SurveyWorld.CreateAsync(provider, postgres);
        await world.AddAreasAsync();
        await world.ImportSampleAsync();
        var submission = Guid.NewGuid().ToString("N");
        var answers = new Dictionary<AnswerKey, string>
        {
            [new AnswerKey("agree")] = "No",
            [new AnswerKey("other-priorities")] = "More police on foot at night",
            [new AnswerKey("postcode")] = "da11 0df",
        };
        var required = await world.Surveys.SubmitAsync("dg-csp-2013", submission, answers, default);
        Assert.Equal(SubmissionStatus.Invalid, required.Status);
        Assert.Contains(required.Errors, e => e.Key == new AnswerKey("priority", "Reducing burglary") && e.Message == "Select an answer for \u2018Reducing burglary\u2019");

        var survey = (await world.Surveys.GetAsync("dg-csp-2013", default))!;
        foreach (var item in survey.Question("priority")!.Items) answers[new AnswerKey("priority", item)] = "Low";
        foreach (var item in survey.Question("problem")!.Items) answers[new AnswerKey("problem", item)] = "Don't know";
        Assert.Equal(SubmissionStatus.Stored, (await world.Surveys.SubmitAsync("dg-csp-2013", submission, answers, default)).Status);
        Assert.Equal(SubmissionStatus.AlreadyReceived, (await world.Surveys.SubmitAsync("dg-csp-2013", submission, answers, default)).Status);

        var report = (await world.Surveys.ResultsAsync("dg-csp-2013", null, default))!;
        Assert.Equal(457, report.Survey.Responses);
        Assert.Equal([408.0, 17, 16], report.Results.Table("agree")!.Options.Select(o => o.Count));
        await using (var db = world.Database.CreateContext())
        {
            var postcode = await db.SurveyPostcodes.SingleAsync();
            Assert.Equal(("DA11 0DF", new DateOnly(2014, 1, 20)), (postcode.Postcode, postcode.DeleteAfter));  // 365 days
        }
        Assert.Equal(0, await world.Surveys.PurgeExpiredPostcodesAsync(default));
        world.Clock.Now = new DateTimeOffset(2014, 1, 20, 12, 0, 0, TimeSpan.Zero);
        await world.Surveys.ListAsync(default);
        await using (var db = world.Database.CreateContext()) Assert.Equal(1, await db.SurveyPostcodes.CountAsync());  // the last day kept
        world.Clock.Now = new DateTimeOffset(2014, 1, 21, 12, 0, 0, TimeSpan.Zero);
        await world.Surveys.ListAsync(default);  // any use of the surveys enforces retention
        await using (var db = world.Database.CreateContext()) Assert.Equal(0, await db.SurveyPostcodes.CountAsync());
        // And the survey has closed (15 February 2013).
        var closed = await world.Surveys.SubmitAsync("dg-csp-2013", Guid.NewGuid().ToString("N"), answers, default);
        Assert.Equal("This survey closed on 15 February 2013.", Assert.Single(closed.Errors).Message);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_analyst_reassigns_a_comment_and_the_theme_counts_follow(DatabaseProvider provider)
    {
        await using var world = await SurveyWorld.CreateAsync(provider, postgres);
        await world.AddAreasAsync();
        await world.ImportSampleAsync();
        var before = (await world.Surveys.ResultsAsync("dg-csp-2013", null, default))!.Themes.Single(t => t.QuestionId == "other-priorities").Themes;
        var comment = before.Assignments.First(a => a.Themes.Contains("More visible policing"));

        Assert.True(await world.Surveys.ReassignAsync("dg-csp-2013", "other-priorities", comment.ResponseId, ["Young people", "A theme of my own"], new Actor("t.analyst", null), default));
        Assert.False(await world.Surveys.ReassignAsync("dg-csp-2013", "agree", comment.ResponseId, ["Young people"], Actor.System, default));

        var after = (await world.Surveys.ResultsAsync("dg-csp-2013", null, default))!.Themes.Single(t => t.QuestionId == "other-priorities").Themes;
        int Count(ThemeResults r, string theme) => r.Themes.SingleOrDefault(t => t.Theme == theme)?.Comments ?? 0;
        Assert.Equal(Count(before, "More visible policing") - 1, Count(after, "More visible policing"));
        Assert.Equal(Count(before, "Young people") + 1, Count(after, "Young people"));
        Assert.Equal(1, Count(after, "A theme of my own"));
        Assert.True(after.Assignments.Single(a => a.ResponseId == comment.ResponseId).Reassigned);
    }
}
