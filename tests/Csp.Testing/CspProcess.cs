using System.Diagnostics;

namespace Csp.Testing;

/// <summary>Runs the real csp command (built beside the tests) as a separate process.</summary>
public static class CspProcess
{
    public static Process Start(params string[] arguments) => Start(new Dictionary<string, string>(), arguments);

    /// <summary>The command with these environment variables set besides CSP_HOME.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "csp.dll"));
        foreach (var a in arguments) start.ArgumentList.Add(a);
        start.Environment["CSP_HOME"] = Repository.Root;
        start.Environment["CI"] = "true";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    /// <returns>The exit code and standard output (standard error appended after a marker line).</returns>
    public static async Task<(int Exit, string Output)> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + (await stderr is { Length: > 0 } e ? "\n--- stderr ---\n" + e : ""));
    }

    public static async Task<(int Exit, string Stdout, string Stderr)> RunSplitAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
