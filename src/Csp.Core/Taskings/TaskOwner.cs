namespace Csp.Core.Taskings;

/// <summary>Who owns a task: an agency (council, police, fire, housing provider...) and, where named, the officer in it.</summary>
/// <remarks>Whoever raises an issue keeps ownership of it (the seeds' Tasking and Coordination Group): the raiser is the owner unless the task is given to another agency.</remarks>
public sealed record TaskOwner(string Agency, string? Officer = null);
