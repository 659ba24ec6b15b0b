using System.Net;
using Csp.Testing;
using Csp.Web.Hosting;
using Csp.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests.Consultation;

/// <summary>
/// <c>ForwardedHeadersFromLoopback</c> and the public form's limit per address, on the real server (Kestrel on 127.0.0.1):
/// off (the default), X-Forwarded-For is ignored and cannot buy a robot more submissions; on, a proxy on this machine
/// gives each resident their own limit, and one address is still held to it.
/// </summary>
public sealed class ForwardedAddressTests
{
    private static async Task<List<HttpStatusCode>> PostAsync(bool forwarded, Func<int, string> address)
    {
        var folder = Directory.CreateTempSubdirectory("csp-forwarded-").FullName;
        var app = CspWebApp.Create(["--urls", "http://127.0.0.1:0"], o =>
        {
            o.Database = Path.Combine(folder, "csp.sqlite");
            o.Home = Repository.Root;
            o.AdminPassword = TestUsers.AdminPassword;
            o.ForwardedHeadersFromLoopback = forwarded;
        }, TextWriter.Null);
        try
        {
            await app.StartAsync();
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 11; i++)
            {
                // No anti-forgery token: each is refused (400) unless the limiter turns it away first (429).
                using var request = new HttpRequestMessage(HttpMethod.Post, "/survey/dg-csp-demo") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["agree"] = "Yes" }) };
                request.Headers.Add("X-Forwarded-For", address(i));
                using var response = await client.SendAsync(request);
                statuses.Add(response.StatusCode);
            }
            return statuses;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task By_default_a_forwarded_address_is_ignored_and_the_eleventh_submission_is_turned_away()
    {
        var statuses = await PostAsync(forwarded: false, i => $"10.0.0.{i + 1}");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.BadRequest, 10), statuses.Take(10));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }

    [Fact]
    public async Task Behind_a_proxy_on_this_machine_each_forwarded_address_has_its_own_limit_and_one_address_is_still_held_to_it()
    {
        var distinct = await PostAsync(forwarded: true, i => $"10.0.0.{i + 1}");
        var same = await PostAsync(forwarded: true, _ => "10.0.0.1");

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.BadRequest, 11), distinct);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.BadRequest, 10), same.Take(10));
        Assert.Equal(HttpStatusCode.TooManyRequests, same[10]);
    }
}
