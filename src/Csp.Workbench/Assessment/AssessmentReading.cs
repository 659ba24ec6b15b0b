namespace Csp.Workbench.Assessment;

/// <summary>How the assessment data is read (<see cref="AssessmentCache"/>).</summary>
public enum AssessmentReading
{
    /// <summary>All of it, once, for every area (the web app).</summary>
    Whole,

    /// <summary>For each question the part its area needs (a command that answers about one area and exits).</summary>
    PerArea,
}
