namespace Csp.Workbench.Meetings;

/// <summary>A meeting in a list: its group, date and title, and how much its minutes hold.</summary>
/// <param name="OpenActions">Its actions still outstanding (not started or in progress).</param>
/// <param name="PriorityDecision">Whether the Management Group's decision on priorities was recorded against it.</param>
public sealed record MeetingSummary(long Id, string Group, DateOnly HeldOn, string? Title, int Present, int Apologies, int Items, int Decisions, int Actions, int OpenActions,
    bool PriorityDecision, string? Source);
