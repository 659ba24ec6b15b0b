using Csp.Core.Strategy;

namespace Csp.Workbench.Strategy;

/// <summary>A group of the structure with the users who sit on it and how many action plan rows it coordinates in the current strategy.</summary>
public sealed record GroupView(long Id, DeliveryGroup Group, IReadOnlyList<GroupMember> Members, int Actions);

/// <summary>A user on a group, in a role (Chair, Member).</summary>
public sealed record GroupMember(string UserName, string Role, DateOnly AddedOn);
