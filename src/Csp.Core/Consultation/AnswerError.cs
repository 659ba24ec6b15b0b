namespace Csp.Core.Consultation;

/// <summary>Why one answer cannot be accepted, worded for the respondent (the form's error summary links each to its field).</summary>
public sealed record AnswerError(AnswerKey Key, string Message);
