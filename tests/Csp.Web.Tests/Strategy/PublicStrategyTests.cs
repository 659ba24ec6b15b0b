using System.Net;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;

namespace Csp.Web.Tests.Strategy;

/// <summary>
/// The public strategy page over the loaded sample: nothing until an analyst publishes from /strategy; then anyone, signed
/// in or not, reads the published strategy and its Strategy on a Page; a member may not publish; a withdrawal takes it down.
/// </summary>
public sealed class PublicStrategyTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>
{
    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new KeyValuePair<string, string>("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    [Fact]
    public async Task Anyone_reads_the_strategy_only_once_an_analyst_has_published_it_and_not_after_it_is_withdrawn()
    {
        var nobody = sample.App.Anonymous();
        var before = await nobody.GetAsync("/public/strategy");
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Contains("has not published its strategy here yet", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var member = await sample.App.SignedInAsync(TestUsers.For(Roles.Member));
        var memberPage = await member.GetStringAsync("/strategy");
        Assert.Contains("Nothing is published", memberPage, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Publish", memberPage, StringComparison.Ordinal);
        var memberToken = await CspAppFactory.FormTokenAsync(member, "/account/password");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.PostAsync("/strategy?handler=Publish", Form(memberToken))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nobody.GetAsync("/public/strategy")).StatusCode);

        var analyst = await sample.App.SignedInAsync(TestUsers.For(Roles.Analyst));
        var token = await CspAppFactory.FormTokenAsync(analyst, "/strategy");
        var published = await analyst.PostAsync("/strategy?handler=Publish", Form(token));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("published it on", await analyst.GetStringAsync("/strategy"), StringComparison.Ordinal);

        var document = await nobody.GetAsync("/public/strategy");
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        var html = await document.Content.ReadAsStringAsync();
        Assert.Contains("Community Safety Strategy", html, StringComparison.Ordinal);
        Assert.Contains("Violent Crime and Domestic Abuse", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", document.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await nobody.GetAsync("/public/strategy/page")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await analyst.PostAsync("/strategy?handler=Withdraw", Form(token))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await nobody.GetAsync("/public/strategy/page")).StatusCode);
    }
}
