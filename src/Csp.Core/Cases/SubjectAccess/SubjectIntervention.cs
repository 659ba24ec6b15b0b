namespace Csp.Core.Cases.SubjectAccess;

/// <summary>An intervention given to the person (warning letter ... Criminal Behaviour Order), with its conditions and breaches.</summary>
public sealed record SubjectIntervention(string CaseReference, string Intervention, DateOnly IssuedOn, string IssuingAgency, IReadOnlyList<string> Conditions,
    DateOnly? ComplyBy, DateOnly? ExpiresOn, IReadOnlyList<SubjectBreach> Breaches);
