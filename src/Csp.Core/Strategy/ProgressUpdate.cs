namespace Csp.Core.Strategy;

/// <summary>A delivery group's quarterly update on an action: what was done, the status and RAG it leaves, who wrote it and when (UTC).</summary>
public sealed record ProgressUpdate(ReportingQuarter Quarter, string Note, ActionStatus Status, Rag Rag, string By, DateTimeOffset At);
