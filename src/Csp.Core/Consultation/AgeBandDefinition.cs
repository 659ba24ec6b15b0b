namespace Csp.Core.Consultation;

/// <summary>A population age band to compare a survey's age option with: ages From to To inclusive, To null for "and over".</summary>
public sealed record AgeBandDefinition(string Group, int From, int? To)
{
    public bool Contains(int age) => age >= From && (To is null || age <= To);
}
