namespace Csp.Storage.Entities;

/// <summary>One change to a task (raised, assigned, updated, referred, response, completed, closed): only ever added.</summary>
public sealed class TaskingHistoryRow
{
    public long Id { get; set; }
    public long TaskingId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string UserName { get; set; }
    public required string Change { get; set; }
    public string? Detail { get; set; }
}
