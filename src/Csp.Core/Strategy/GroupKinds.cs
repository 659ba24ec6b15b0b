namespace Csp.Core.Strategy;

/// <summary>The words a structure file and a page use for a <see cref="GroupKind"/>.</summary>
public static class GroupKinds
{
    private static readonly Dictionary<string, GroupKind> ByWord = new(StringComparer.OrdinalIgnoreCase)
    {
        ["main group"] = GroupKind.MainGroup,
        ["main"] = GroupKind.MainGroup,
        ["management group"] = GroupKind.ManagementGroup,
        ["management"] = GroupKind.ManagementGroup,
        ["support group"] = GroupKind.SupportGroup,
        ["support"] = GroupKind.SupportGroup,
        ["community safety unit"] = GroupKind.CommunitySafetyUnit,
        ["csu"] = GroupKind.CommunitySafetyUnit,
        ["sub-group"] = GroupKind.SubGroup,
        ["subgroup"] = GroupKind.SubGroup,
        ["forum"] = GroupKind.Forum,
        ["board"] = GroupKind.Board,
        ["scrutiny committee"] = GroupKind.ScrutinyCommittee,
    };

    public static bool TryParse(string text, out GroupKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ByWord.TryGetValue(text.Trim(), out kind)) return true;
        return Enum.TryParse(text.Trim(), true, out kind) && Enum.IsDefined(kind);
    }

    public static string Describe(GroupKind kind) => kind switch
    {
        GroupKind.MainGroup => "Main group",
        GroupKind.ManagementGroup => "Management group",
        GroupKind.SupportGroup => "Support group",
        GroupKind.CommunitySafetyUnit => "Community Safety Unit",
        GroupKind.SubGroup => "Sub-group",
        GroupKind.Forum => "Forum",
        GroupKind.Board => "Board",
        GroupKind.ScrutinyCommittee => "Scrutiny committee",
        _ => kind.ToString(),
    };

    /// <summary>Every word a file may use, for an error message.</summary>
    public static string Expected => "main group, management group, support group, community safety unit, sub-group, forum, board or scrutiny committee";
}
