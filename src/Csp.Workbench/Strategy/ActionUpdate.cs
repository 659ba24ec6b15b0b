namespace Csp.Workbench.Strategy;

/// <summary>A quarterly update as a delivery group gives it: the quarter (yyyy-Qn), what was done, the status and RAG it leaves (as words).</summary>
public sealed record ActionUpdate(string Quarter, string Note, string Status, string Rag);
