namespace Csp.Core.Consultation;

/// <summary>
/// How one demographic question compares with the population: the population's groups, and which group each survey
/// option falls in (several options may share one: seed 001's "Polish" and "White other" are both the census's
/// "White: Other White"). An option with no group (e.g. "Prefer not to say") is left out like no answer.
/// </summary>
/// <param name="Characteristic">"Age", "Sex", "Ethnicity".</param>
/// <param name="Source">Where the population comes from, for the table's note (e.g. "ONS mid-2022 estimates, residents aged 16+").</param>
/// <param name="OptionGroups">Survey option -> population group (compared by <see cref="OptionText"/>).</param>
public sealed record CharacteristicSpec(string Characteristic, string QuestionId, IReadOnlyList<PopulationGroup> Population, IReadOnlyDictionary<string, string> OptionGroups, string Source);
