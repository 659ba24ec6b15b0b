using Csp.Core.Meetings;
using Csp.Core.Strategy;

namespace Csp.Workbench.Meetings;

/// <summary>A meeting as its page shows it: the meeting, the matters arising (outstanding actions of the group's earlier meetings) and the decision on priorities taken at it.</summary>
public sealed record MeetingView(Meeting Meeting, IReadOnlyList<MeetingAction> MattersArising, PriorityDecision? Priorities, long GroupId);
