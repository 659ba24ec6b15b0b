using Csp.Workbench.Consultation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Csp.Web.Tests.Browser;

/// <summary>
/// A resident answers the public survey in Chromium, by keyboard alone and with JavaScript off, and the analyst sees
/// the response in the results. The survey is the sample's demonstration survey (seed 001's questions, open from the day
/// the sample is loaded).
/// </summary>
public sealed class SurveyBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Form = "/survey/" + SampleConsultation.DemoSurveyId;

    private async Task<int> ResponsesAsync() =>
        (await app.Services.GetRequiredService<Surveys>().ListAsync(default)).Single(s => s.Id == SampleConsultation.DemoSurveyId).Responses;

    private static async Task ShotAsync(IPage page, string name)
    {
        if (BrowserApp.ScreenshotFolder is { } folder) await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    private sealed class Focused
    {
        public string Tag { get; set; } = "";
        public string Type { get; set; } = "";
        public string Name { get; set; } = "";
        public string Id { get; set; } = "";
        public string Text { get; set; } = "";
        public bool GroupChecked { get; set; }
    }

    private static Task<Focused> FocusedAsync(IPage page) => page.EvaluateAsync<Focused>(
        """
        () => { const e = document.activeElement;
                const group = e.type === 'radio' ? document.querySelectorAll(`input[name="${e.name}"]:checked`).length > 0 : false;
                return { tag: e.tagName, type: e.type || '', name: e.name || '', id: e.id || '', text: (e.textContent || '').trim(), groupChecked: group }; }
        """);

    [Fact]
    public async Task A_resident_answers_the_survey_by_keyboard_alone_after_the_error_summary_names_what_is_missing()
    {
        var before = await ResponsesAsync();
        var page = await app.NewPageAsync(width: 820, height: 1180);
        await page.GotoAsync(Form);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Demonstration:");

        // Tab to the send button and press Enter without answering: the error summary comes back first, focused.
        for (var i = 0; i < 400; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if ((await FocusedAsync(page)).Tag == "BUTTON") break;
        }
        Assert.Equal("Send your response", (await FocusedAsync(page)).Text);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        Assert.StartsWith("Error: ", await page.TitleAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".error-summary li").First).ToHaveTextAsync("Select an answer to \u2018Do you feel the priorities we have identified for 2013-14 are the right ones?\u2019");
        await ShotAsync(page, "survey-1-errors");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#agree-0", page.Url, StringComparison.Ordinal);
        Assert.Equal(before, await ResponsesAsync());

        // Then through the form by keyboard: Space picks the first answer of each group, text is typed, Enter sends.
        await page.Locator("main").FocusAsync();
        var typed = false;
        for (var i = 0; i < 600; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(page);
            if (focused.Type == "radio" && !focused.GroupChecked) await page.Keyboard.PressAsync("Space");
            else if (focused.Name == "other-priorities" && !typed)
            {
                await page.Keyboard.TypeAsync("More police on foot in the town centre at night");
                typed = true;
            }
            else if (focused.Name == "postcode") await page.Keyboard.TypeAsync("da11 0df");
            else if (focused.Tag == "BUTTON")
            {
                await page.Keyboard.PressAsync("Enter");
                break;
            }
        }
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        await ShotAsync(page, "survey-2-thanks");
        Assert.Equal(before + 1, await ResponsesAsync());

        // The analyst sees it in the tables; the postcode is in none of them.
        var analyst = await app.NewPageAsync();
        await BrowserTests.SignInAsync(analyst, "t.analyst");
        await analyst.GotoAsync("/consultation/" + SampleConsultation.DemoSurveyId);
        await Assertions.Expect(analyst.Locator("main")).ToContainTextAsync($"{before + 1} responses");
        var agree = analyst.Locator("table").Filter(new() { Has = analyst.GetByRole(AriaRole.Rowheader, new() { Name = "Don't know" }) }).First;
        await Assertions.Expect(agree.Locator("caption")).ToContainTextAsync($"of {before + 1} answered");
        await Assertions.Expect(analyst.Locator("main")).ToContainTextAsync("More visible policing");
        Assert.DoesNotContain("DA11", await analyst.ContentAsync(), StringComparison.Ordinal);
        await ShotAsync(analyst, "survey-3-results");
    }

    [Fact]
    public async Task With_javascript_off_the_form_works_and_a_robot_filling_the_hidden_field_is_not_stored()
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseUrl, JavaScriptEnabled = false, Locale = "en-GB", ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var before = await ResponsesAsync();

        await page.GotoAsync(Form);
        await page.GetByRole(AriaRole.Group, new() { Name = "1. Do you feel the priorities we have identified for 2013-14 are the right ones? (required)" })
            .GetByLabel("No", new() { Exact = true }).CheckAsync();
        var grids = page.Locator("fieldset.grid-item");
        for (var i = 0; i < await grids.CountAsync(); i++) await grids.Nth(i).GetByRole(AriaRole.Radio).Last.CheckAsync();
        await page.GetByLabel("Your gender").First.IsVisibleAsync();
        await ShotAsync(page, "survey-4-mobile-no-js");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send your response" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        Assert.Equal(before + 1, await ResponsesAsync());

        // A robot fills every field, the hidden one too: it is thanked, and nothing is stored.
        await page.GotoAsync(Form);
        await page.GetByRole(AriaRole.Group, new() { Name = "1. Do you feel the priorities we have identified for 2013-14 are the right ones? (required)" })
            .GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.Locator("#website").FillAsync("http://spam.example", new() { Force = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Send your response" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        Assert.Equal(before + 1, await ResponsesAsync());
        await context.DisposeAsync();
    }
}
