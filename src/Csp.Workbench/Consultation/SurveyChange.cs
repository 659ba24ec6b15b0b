namespace Csp.Workbench.Consultation;

/// <summary>What the survey builder did: saved, or the problems that stopped it (each naming the question or field).</summary>
public sealed record SurveyChange(bool Saved, IReadOnlyList<string> Problems)
{
    public static SurveyChange Refused(params string[] problems) => new(false, problems);
}
