using System.Globalization;
using Spectre.Console;

namespace Csp.Cli;

/// <summary>The terminal: en-GB numbers, colours and progress only when a person is watching.</summary>
internal static class Output
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static bool Interactive => !System.Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;

    public static IAnsiConsole Console { get; } = Create();

    private static IAnsiConsole Create()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = Interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(System.Console.Out),
        });
        // Redirected output has no terminal width: do not wrap tables at 80 columns.
        if (!Interactive) console.Profile.Width = 160;
        return console;
    }

    /// <summary>A file as the reader would type it: relative to the current folder when it is inside it.</summary>
    public static string Relative(string file)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative;
    }
}
