namespace Csp.Core.Comparators;

/// <summary>
/// A comparator group: the Home Office Most Similar Group (MSG) family of an area, entered by the partnership as data
/// (the members' ONS codes), so that the area's rate can be placed among areas like it (seed 004: "Within our Most Similar
/// Group ... our position improved from 15th to 10th").
/// </summary>
/// <param name="AreaCode">The area the group was drawn up for; it is also one of the members.</param>
/// <param name="MemberCodes">Every member, the area included.</param>
public sealed record MostSimilarGroup(string Name, string AreaCode, IReadOnlyList<string> MemberCodes);
