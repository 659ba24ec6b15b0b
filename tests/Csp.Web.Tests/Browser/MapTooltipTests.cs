using Csp.Core.Areas;
using Csp.Storage;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Assessment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Csp.Web.Tests.Browser;

/// <summary>
/// An area's name comes from an imported geography file, so the map shows it as text: a ward named like an HTML element
/// appears in its tooltip as those characters, and no element is made of it.
/// </summary>
public sealed class MapTooltipTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Hostile = "<img src=x id=pwned>";

    [Fact]
    public async Task A_ward_named_like_an_html_element_shows_as_text_in_its_map_tooltip_and_no_element_is_made()
    {
        var code = await RenameAWardOfGraveshamAsync(Hostile);
        var page = await app.NewPageAsync();
        await BrowserTests.SignInAsync(page, TestUsers.For(Csp.Workbench.Accounts.Roles.Analyst));
        await page.GotoAsync("/?area=E07000109&kind=range&pfrom=2025-01&pto=2025-09&bfrom=2022-01&bto=2022-09");
        var wards = page.Locator("#map path.leaflet-interactive");
        await Assertions.Expect(wards).Not.ToHaveCountAsync(0);

        // Hover over every ward until the tooltip names the renamed one (or an element was made of its name).
        string? shown = null;
        var made = false;
        var count = await wards.CountAsync();
        for (var i = 0; i < count && shown is null && !made; i++)
        {
            await wards.Nth(i).HoverAsync(new LocatorHoverOptions { Force = true });
            made = await page.Locator("#pwned").CountAsync() > 0;
            var tooltip = page.Locator(".leaflet-tooltip");
            if (await tooltip.CountAsync() == 0) continue;
            var text = await tooltip.Last.TextContentAsync();
            if (text?.Contains("pwned", StringComparison.Ordinal) == true) shown = text;
        }

        Assert.False(made, "The ward's name became an element (#pwned) in the page.");
        Assert.True(shown is not null, $"No tooltip of the {count} wards named the renamed ward {code}.");
        Assert.StartsWith(Hostile + ": ", shown, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".leaflet-tooltip img").CountAsync());
    }

    /// <summary>Renames a ward in the database and loads the data again, as an import of a geography file would.</summary>
    private async Task<string> RenameAWardOfGraveshamAsync(string name)
    {
        var assessments = app.Services.GetRequiredService<Assessments>();
        var snapshot = await assessments.SnapshotAsync(CancellationToken.None);
        var gravesham = snapshot.Areas.Find("E07000109")!;
        var ward = snapshot.Areas.Within(gravesham, AreaLevel.Ward).First();
        await using (var db = app.Services.GetRequiredService<CspDatabase>().CreateContext())
        {
            var row = await db.Areas.SingleAsync(a => a.Code == ward.Code);
            row.Name = name;
            await db.SaveChangesAsync();
        }
        await app.Services.GetRequiredService<AssessmentCache>().RefreshAsync(CancellationToken.None);
        return ward.Code;
    }
}
