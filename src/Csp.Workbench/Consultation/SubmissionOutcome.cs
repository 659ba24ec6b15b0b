using Csp.Core.Consultation;

namespace Csp.Workbench.Consultation;

/// <summary>
/// A submission of the public form: Stored (written before the thank-you page), AlreadyReceived (the same submission
/// again, e.g. a double click or a resend: nothing added), Invalid (the errors to show beside their fields), or NotFound.
/// </summary>
public sealed record SubmissionOutcome(SubmissionStatus Status, IReadOnlyList<AnswerError> Errors);
