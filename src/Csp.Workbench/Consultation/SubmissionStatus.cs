namespace Csp.Workbench.Consultation;

public enum SubmissionStatus
{
    Stored,
    AlreadyReceived,
    Invalid,
    NotFound,
}
