namespace Csp.Core.Consultation;

/// <summary>Why one answer cannot be accepted, worded for the respondent (the form's error summary links each to its field).</summary>
/// <remarks>A key with an empty question id is about the submission as a whole (the survey is not open).</remarks>
public sealed record AnswerError(AnswerKey Key, string Message);
