namespace Csp.Core.Meetings;

/// <summary>What became of a proposal put to a meeting.</summary>
public enum DecisionOutcome
{
    Agreed,
    NotAgreed,
    Deferred,
    Noted,
}
