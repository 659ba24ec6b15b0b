namespace Csp.Core.Offences;

/// <summary>
/// How a category reads in a sentence and what a reader must know about its figures, as the partnership describes it
/// (data/config/offence-descriptions.csv).
/// </summary>
/// <param name="InSentence">The category in the middle of a sentence: "drug offences" for police.uk's "Drugs", "crime" for Total crime.</param>
/// <param name="Plural">True when the phrase takes a plural verb ("drug offences have risen"; "burglary has risen").</param>
/// <param name="ReflectsPoliceActivity">Offences mostly recorded when the police find them (stop and search, warrants,
/// operations) rather than when a victim reports them: their rises follow police activity as much as offending.</param>
public sealed record OffenceDescription(string Category, string InSentence, bool Plural, bool ReflectsPoliceActivity)
{
    // Methods, not properties: the words are for sentences, not for the JSON contract the row is serialised into.

    /// <summary>"have" or "has", to agree with <see cref="InSentence"/>.</summary>
    public string Has() => Plural ? "have" : "has";

    /// <summary>"are" or "is".</summary>
    public string Is() => Plural ? "are" : "is";

    /// <summary>The phrase at the start of a sentence: "Drug offences".</summary>
    public string Capitalised() => InSentence.Length == 0 ? InSentence : char.ToUpperInvariant(InSentence[0]) + InSentence[1..];

    /// <summary>What a reader must keep in mind about a change in a category found by police activity; null for any other.</summary>
    public string? Caveat => ReflectsPoliceActivity
        ? $"{Capitalised()} {Is()} mostly recorded when the police find them (stop and search, warrants, operations), so a change can reflect police activity as much as offending."
        : null;

    /// <summary>The description of a category nobody described: its name in lower case (Total crime: "crime"), singular, not marked.</summary>
    public static OffenceDescription Default(string category) =>
        new(category, category == OffenceScheme.TotalCrime ? "crime" : category.ToLower(System.Globalization.CultureInfo.GetCultureInfo("en-GB")), false, false);
}
