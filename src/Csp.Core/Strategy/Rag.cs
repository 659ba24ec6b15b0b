namespace Csp.Core.Strategy;

/// <summary>
/// The RAG rating a delivery group gives an action each quarter: Green on track, Amber at risk, Red off track or blocked;
/// NotRated until the first update.
/// </summary>
public enum Rag
{
    NotRated,
    Green,
    Amber,
    Red,
}
