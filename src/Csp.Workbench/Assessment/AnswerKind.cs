namespace Csp.Workbench.Assessment;

/// <summary>How a use case answered: each host maps it to its own terms (an HTTP status, an exit code).</summary>
public enum AnswerKind
{
    Answered,
    /// <summary>The request is not understood (HTTP 400, exit 1).</summary>
    BadRequest,
    /// <summary>No such area or thing (HTTP 404, exit 2).</summary>
    NotFound,
    /// <summary>The data lacks months the comparison needs (HTTP 422, exit 3).</summary>
    MissingData,
    /// <summary>The data holds nothing that answers (HTTP 422, exit 2).</summary>
    NoData,
    /// <summary>The caller may not have it (HTTP 403).</summary>
    Forbidden,
}
