using System.CommandLine;
using Csp.Storage.Loaders;
using Csp.Workbench.Imports;
using Csp.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Csp.Cli.Commands;

/// <summary>
/// <c>csp serve [--urls URL] [--no-sample]</c>: the web app on this machine. The first run creates the administrator (its
/// password from CSP_ADMIN_PASSWORD, else generated and printed once) and loads the bundled sample when the database holds
/// no police data.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(Option<string?> database)
    {
        var urls = new Option<string>("--urls") { Description = $"Where to listen (default {CspWebApp.DefaultUrl}: this machine only).", DefaultValueFactory = _ => CspWebApp.DefaultUrl };
        var noSample = new Option<bool>("--no-sample") { Description = "Do not load the bundled sample data into an empty database." };
        var area = new Option<string?>("--area") { Description = $"The area the dashboard opens on (ONS code or name). Default: Csp__DefaultArea, else the bundled sample's partnership (Dartford and Gravesham, {SampleData.Partnership}), else the first district." };
        var command = new Command("serve", "Start the web app: dashboard, imports, users, audit log and the JSON API.") { urls, noSample, area };
        command.SetAction(async (parse, ct) =>
        {
            var home = CliEnvironment.Home;
            var db = CliEnvironment.Database(parse.GetValue(database));
            var app = CspWebApp.Create(["--urls", parse.GetValue(urls)!], o =>
            {
                o.Home = home;
                o.Database = db.ConnectionString;
                o.ImportSampleWhenEmpty = !parse.GetValue(noSample);
                // A partnership's own area, when given; a newcomer on the sample opens on the sample's partnership.
                o.DefaultArea = parse.GetValue(area) ?? o.DefaultArea ?? SampleData.Partnership;
            }, Console.Out);
            Csp.Storage.Diagnostics.StartupTrace.Mark("serve: web app built");
            await using var disposing = app.ConfigureAwait(false);
            Console.Out.WriteLine($"CSP Workbench: {db.Description}. Starting...");
            app.Lifetime.ApplicationStarted.Register(() =>
            {
                var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
                Console.Out.WriteLine($"CSP Workbench is running at {string.Join(", ", addresses)} - open it in a browser and sign in. Ctrl+C stops it.");
            });
            await app.RunAsync(ct).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
