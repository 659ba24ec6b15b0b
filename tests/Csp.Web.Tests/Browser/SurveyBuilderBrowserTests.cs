using Microsoft.Playwright;

namespace Csp.Web.Tests.Browser;

/// <summary>
/// The whole of a consultation in Chromium: an analyst builds a survey in /consultation/builder with JavaScript off
/// (questions of several kinds, required and optional, open and close dates; one moved up), opens it, a resident answers
/// it on the public form, the analyst sees the response in the results and moves the resident's comment to a theme, the
/// counts per theme change, and the administrator finds both kinds of change in the audit log.
/// </summary>
public sealed class SurveyBuilderBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Id = "browser-2026";

    private static async Task ShotAsync(IPage page, string name)
    {
        if (BrowserApp.ScreenshotFolder is { } folder) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>Fills the builder's last (blank) question row and saves: the page comes back with one more question and a new blank row.</summary>
    private static async Task AddQuestionAsync(IPage page, int row, string text, string id, string kind, bool required, string? options = null)
    {
        await page.Locator($"#q{row}-text").FillAsync(text);
        await page.Locator($"#q{row}-id").FillAsync(id);
        await page.Locator($"#q{row}-kind").SelectOptionAsync(kind);
        if (options is not null) await page.Locator($"#q{row}-options").FillAsync(options);
        if (required) await page.Locator($"#q{row}-required").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).Last.ClickAsync();
        await Assertions.Expect(page.Locator(".notice.success")).ToHaveTextAsync("Saved.");
        await Assertions.Expect(page.Locator($"#q{row + 1}-text")).ToHaveValueAsync("");
    }

    private static async Task<IReadOnlyList<string>> QuestionTextsAsync(IPage page) =>
        (await page.Locator("fieldset.question input[id$='-text']").EvaluateAllAsync<string[]>("es => es.map(e => e.value)")).Where(t => t.Length > 0).ToList();

    [Fact]
    public async Task An_analyst_builds_and_opens_a_survey_a_resident_answers_it_and_moving_a_comment_changes_the_theme_counts()
    {
        // The analyst builds the survey with JavaScript off: the builder is plain forms.
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, JavaScriptEnabled = false, Locale = "en-GB" });
        var analyst = await context.NewPageAsync();
        await BrowserTests.SignInAsync(analyst, "t.analyst");
        await analyst.GotoAsync("/consultation");
        await analyst.GetByRole(AriaRole.Link, new() { Name = "Build a new survey" }).ClickAsync();
        await Assertions.Expect(analyst.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New survey");
        await analyst.GetByLabel("Survey id").FillAsync(Id);
        await analyst.GetByLabel("Title").FillAsync("Browser consultation 2026");
        await analyst.GetByLabel("Opens (first day").FillAsync("2020-01-01");
        await analyst.GetByLabel("Closes (last day").FillAsync("2099-12-31");
        await analyst.Locator("#q0-text").FillAsync("Do you agree with the proposed priorities?");
        await analyst.Locator("#q0-id").FillAsync("agree");
        await analyst.Locator("#q0-kind").SelectOptionAsync("YesNoDontKnow");
        await analyst.Locator("#q0-required").CheckAsync();
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Save as a draft" }).ClickAsync();
        Assert.EndsWith($"/consultation/builder/{Id}?saved=saved", analyst.Url, StringComparison.Ordinal);
        await Assertions.Expect(analyst.Locator("main")).ToContainTextAsync("Draft: the public form does not show it until it is opened.");

        await AddQuestionAsync(analyst, 1, "The single most important issue", "single", "SingleChoice", required: false, options: "Burglary\nSpeeding\nDrugs");
        await AddQuestionAsync(analyst, 2, "Your first and second choice", "ranked", "RankedChoice", required: false, options: "Burglary\nSpeeding\nDrugs");
        await AddQuestionAsync(analyst, 3, "Any other issues?", "other", "FreeText", required: false);
        Assert.Equal(["Do you agree with the proposed priorities?", "The single most important issue", "Your first and second choice", "Any other issues?"], await QuestionTextsAsync(analyst));

        // The first question has no "Move up", the last no "Move down"; moving the free text up puts it third, and saves.
        await Assertions.Expect(analyst.GetByRole(AriaRole.Button, new() { Name = "Move up question 1" })).ToHaveCountAsync(0);
        await Assertions.Expect(analyst.GetByRole(AriaRole.Button, new() { Name = "Move down question 4" })).ToHaveCountAsync(0);
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Move up question 4" }).ClickAsync();
        Assert.EndsWith($"/consultation/builder/{Id}?saved=moved#question-3", analyst.Url, StringComparison.Ordinal);
        await Assertions.Expect(analyst.Locator(".notice.success")).ToHaveTextAsync("Moved and saved.");
        Assert.Equal(["Do you agree with the proposed priorities?", "The single most important issue", "Any other issues?", "Your first and second choice"], await QuestionTextsAsync(analyst));
        await Assertions.Expect(analyst.Locator("#q2-id")).ToHaveValueAsync("other");
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Move down question 1" }).ClickAsync();
        Assert.Equal(["The single most important issue", "Do you agree with the proposed priorities?", "Any other issues?", "Your first and second choice"], await QuestionTextsAsync(analyst));
        // Enter in a field saves (the form's first button is a hidden Save), it does not move a question.
        await analyst.GetByLabel("Title").PressAsync("Enter");
        await Assertions.Expect(analyst.Locator(".notice.success")).ToHaveTextAsync("Saved.");
        Assert.Equal(["The single most important issue", "Do you agree with the proposed priorities?", "Any other issues?", "Your first and second choice"], await QuestionTextsAsync(analyst));
        await ShotAsync(analyst, "builder-1-questions");

        // Not on the public form until it is opened.
        var resident = await app.NewPageAsync(width: 390, height: 844);
        var notYet = await resident.GotoAsync("/survey/" + Id);
        Assert.Equal(404, notYet!.Status);
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Open the survey" }).ClickAsync();
        await Assertions.Expect(analyst.Locator(".notice.success")).ToContainTextAsync("Opened: the public form now takes responses");

        // A resident answers it: the questions in the order the analyst gave them, the required one marked.
        await resident.GotoAsync("/survey/" + Id);
        await Assertions.Expect(resident.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Browser consultation 2026");
        var legends = await resident.Locator("form fieldset.question > legend, form .question > label").AllInnerTextsAsync();
        Assert.Equal(["1. The single most important issue (optional)", "2. Do you agree with the proposed priorities? (required)", "3. Any other issues? (optional)", "4. Your first and second choice (optional)"],
            legends.Select(l => string.Join(' ', l.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))).ToList());
        await resident.GetByRole(AriaRole.Group, new() { Name = "2. Do you agree with the proposed priorities? (required)" }).GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await resident.GetByLabel("3. Any other issues? (optional)").FillAsync("Cars racing down the high street every night");
        await resident.GetByLabel("First choice").SelectOptionAsync("Speeding");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Send your response" }).ClickAsync();
        await Assertions.Expect(resident.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();

        // The analyst sees the response in the tables, and the comment in no theme (the survey has no keyword rules).
        await analyst.GotoAsync("/consultation/" + Id);
        await Assertions.Expect(analyst.Locator("main")).ToContainTextAsync("1 responses");
        var agree = analyst.Locator("section").Filter(new() { Has = analyst.GetByRole(AriaRole.Heading, new() { Name = "Do you agree with the proposed priorities?" }) });
        await Assertions.Expect(agree.GetByRole(AriaRole.Row, new() { Name = "Yes" })).ToContainTextAsync("1 (100.0%)");
        var comments = analyst.Locator("section").Filter(new() { Has = analyst.GetByRole(AriaRole.Heading, new() { Name = "Any other issues?", Level = 2 }) });
        await Assertions.Expect(comments).ToContainTextAsync("1 comments; 1 in no theme.");
        await Assertions.Expect(comments.GetByRole(AriaRole.Row, new() { Name = "Road safety" })).ToHaveCountAsync(0);

        // Moving the comment to a theme: the theme table counts it, and no comment is left in no theme.
        await comments.GetByRole(AriaRole.Link, new() { Name = "Read the comments and move one to another theme" }).ClickAsync();
        var row = comments.GetByRole(AriaRole.Row).Filter(new() { HasText = "Cars racing down the high street every night" });
        // A text box with a list of the known themes (a combobox to assistive technology).
        await row.GetByRole(AriaRole.Combobox).FillAsync("Road safety");
        await row.GetByRole(AriaRole.Button, new() { Name = "Move" }).ClickAsync();
        await Assertions.Expect(comments).ToContainTextAsync("1 comments; 0 in no theme.");
        var theme = comments.Locator("table").First.GetByRole(AriaRole.Row, new() { Name = "Road safety" });
        await Assertions.Expect(theme).ToContainTextAsync("1");
        await Assertions.Expect(theme).ToContainTextAsync("100.0%");
        await Assertions.Expect(comments.GetByRole(AriaRole.Row).Filter(new() { HasText = "Cars racing down" })).ToContainTextAsync("moved by an analyst");
        await ShotAsync(analyst, "builder-2-themes");

        // The administrator finds the building, the moves and the opening, and the reassignment, in the audit log.
        var admin = await app.NewPageAsync();
        await BrowserTests.SignInAsync(admin, "t.admin");
        await admin.GotoAsync("/audit?action=survey-changed");
        var changes = admin.Locator("tbody tr").Filter(new() { HasText = Id });
        await Assertions.Expect(changes.Filter(new() { HasText = "created as a draft: 1 questions" })).ToHaveCountAsync(1);
        await Assertions.Expect(changes.Filter(new() { HasText = "draft edited: 4 questions" })).Not.ToHaveCountAsync(0);
        await Assertions.Expect(changes.Filter(new() { HasText = "opened: the public form takes responses 2020-01-01 to 2099-12-31" })).ToHaveCountAsync(1);
        await Assertions.Expect(changes.First).ToContainTextAsync("t.analyst");
        await admin.GotoAsync("/audit?action=survey-theme-reassigned");
        var moved = admin.Locator("tbody tr").Filter(new() { HasText = $"{Id}/other/" });
        await Assertions.Expect(moved).ToHaveCountAsync(1);
        await Assertions.Expect(moved).ToContainTextAsync("(no theme) -> Road safety");
        await Assertions.Expect(moved).ToContainTextAsync("t.analyst");
        await context.DisposeAsync();
    }
}
