using System.CommandLine;
using Csp.Workbench.Briefing;

namespace Csp.Cli.Commands;

/// <summary>
/// Who the CLI acts as, for the briefing and tasking: the operator at the machine (their login name, or --as) of the
/// Community Safety Unit, seeing every agency's tasks; --agency views and acts as a partner of that agency instead.
/// </summary>
internal sealed class BriefingViewerOptions
{
    public const string DefaultAgency = "Community Safety Unit (council)";

    public Option<string?> As { get; } = new("--as") { Description = "The user name recorded in the task history and audit log (default: your login name)." };

    public Option<string?> Agency { get; } = new("--agency") { Description = $"Act as a partner of this agency: see only the tasks it raised, owns or was referred (default: the {DefaultAgency}, seeing all)." };

    public IEnumerable<Option> All => [As, Agency];

    public BriefingViewer Viewer(ParseResult parse, bool personalData = false)
    {
        var agency = parse.GetValue(Agency);
        return new BriefingViewer(parse.GetValue(As) ?? Environment.UserName, agency ?? DefaultAgency, SeesAllAgencies: agency is null, personalData);
    }
}
