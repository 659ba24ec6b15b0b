namespace Csp.Storage.Entities;

/// <summary>One member of an area's comparator group (<c>comparator_groups</c>; the Home Office MSG family entered as data).</summary>
public sealed class ComparatorMemberRow
{
    public required string GroupName { get; set; }
    public required string AreaCode { get; set; }
    public required string MemberCode { get; set; }
    /// <summary>The order the file lists the members in, the area first (0).</summary>
    public int Position { get; set; }
}
