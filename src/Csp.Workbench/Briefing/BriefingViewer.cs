namespace Csp.Workbench.Briefing;

/// <summary>
/// Who is looking at a briefing or acting on a task, as the host knows them: their name, their agency, whether they see
/// every agency's tasks (analysts and administrators, the CLI's operator) and whether they are entitled to personal data
/// (victim and caller keys).
/// </summary>
/// <param name="Agency">The user's agency: a partner sees the tasks their agency raised, owns or was referred.</param>
/// <param name="Address">The client's address, for the audit log; null when not known (the CLI).</param>
public sealed record BriefingViewer(string UserName, string Agency, bool SeesAllAgencies, bool PersonalDataEntitled, string? Address = null)
{
    /// <summary>Whether the user may see (and update) a task: their agency raised it, owns it or was referred it; or they see all.</summary>
    public bool Sees(TaskingView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return SeesAllAgencies || Same(task.RaisedByAgency) || Same(task.OwnerAgency) || task.Referrals.Any(r => Same(r.Service));
    }

    /// <summary>Whether the user may close a task: whoever raised an issue keeps ownership of it, so the raiser's agency (or an analyst) closes it.</summary>
    public bool MayClose(TaskingView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return SeesAllAgencies || Same(task.RaisedByAgency);
    }

    private bool Same(string agency) => string.Equals(agency, Agency, StringComparison.OrdinalIgnoreCase);
}
