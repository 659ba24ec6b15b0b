using System.CommandLine;

namespace Csp.Cli.Commands;

internal static class FormatOption
{
    public static Option<string> Create(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
