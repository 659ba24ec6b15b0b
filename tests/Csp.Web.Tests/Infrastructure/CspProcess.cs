using System.Diagnostics;

namespace Csp.Web.Tests.Infrastructure;

/// <summary>Runs the real csp command (built beside the tests) as a separate process, to compare its JSON with the API's.</summary>
public static class CspProcess
{
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "csp.dll"));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment["CSP_HOME"] = Repository.Root;
        start.Environment["CI"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
