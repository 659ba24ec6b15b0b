using Csp.Web.Hosting;

// `dotnet run` of this project, and the entry point WebApplicationFactory<Program> starts in the tests.
// `./csp serve` builds the same app through CspWebApp.
var app = CspWebApp.Create(args);
await app.RunAsync().ConfigureAwait(false);

/// <summary>The web app's entry point (public for WebApplicationFactory).</summary>
public partial class Program;
