namespace Csp.Core.Cases.Interventions;

/// <summary>What an intervention is: its name, the law it rests on, whom or what it is aimed at, and its longest term.</summary>
/// <param name="Name">As written inside a sentence: proper names capitalised ("Community Protection Notice"), common
/// nouns not ("dispersal direction"); <see cref="Title"/> starts with a capital.</param>
/// <param name="Abbreviation">As officers write it: ABA, CPW, CPN, CBO, PSPO.</param>
/// <param name="Basis">The statutory basis (Anti-social Behaviour, Crime and Policing Act 2014 unless named), or
/// "non-statutory".</param>
/// <param name="AimedAtPlace">True for the powers aimed at a place (dispersal, PSPO, closure), false for those aimed at a person.</param>
/// <param name="MaximumTerm">The longest period the power may run from the day it is given, when the Act sets one
/// (a dispersal direction 48 hours; a PSPO three years; a closure order three months, six with extensions).</param>
public sealed record InterventionPower(
    InterventionType Type,
    string Name,
    string Abbreviation,
    string Basis,
    bool AimedAtPlace,
    InterventionTerm? MaximumTerm)
{
    public string Title => char.ToUpperInvariant(Name[0]) + Name[1..];
}
