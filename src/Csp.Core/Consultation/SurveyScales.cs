namespace Csp.Core.Consultation;

/// <summary>The option lists the seeds use, as a survey builder offers them by default.</summary>
public static class SurveyScales
{
    public const string DontKnow = "Don't know";
    public const string Other = "Other";

    /// <summary>Seed 001's "level of priority" columns.</summary>
    public static readonly IReadOnlyList<string> PriorityLevels = ["High", "Medium", "Low"];

    /// <summary>Seed 001's "how much of a problem" columns, Don't know last and kept.</summary>
    public static readonly IReadOnlyList<string> ProblemScale = ["A very big problem", "A problem", "A slight problem", "Not a problem", DontKnow];

    public static readonly IReadOnlyList<string> YesNoDontKnow = ["Yes", "No", DontKnow];

    /// <summary>Seed 001's age bands (65/+ written 65+).</summary>
    public static readonly IReadOnlyList<string> AgeBands = ["Under 18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"];

    /// <summary>Seed 001's gender question.</summary>
    public static readonly IReadOnlyList<string> Sexes = ["Male", "Female"];

    /// <summary>
    /// The ONS Census 2021 ethnic groups for England (19 categories), in the census's order and wording, for a new survey.
    /// </summary>
    public static readonly IReadOnlyList<string> Ons2021EthnicGroups =
    [
        "White: English, Welsh, Scottish, Northern Irish or British", "White: Irish", "White: Gypsy or Irish Traveller", "White: Roma", "White: Other White",
        "Mixed: White and Black Caribbean", "Mixed: White and Black African", "Mixed: White and Asian", "Mixed: Other Mixed or Multiple ethnic groups",
        "Asian: Indian", "Asian: Pakistani", "Asian: Bangladeshi", "Asian: Chinese", "Asian: Other Asian",
        "Black: African", "Black: Caribbean", "Black: Other Black",
        "Other: Arab", "Other: Any other ethnic group",
    ];

    /// <summary>
    /// Seed 001's ethnicity list: the 2001/2011 ONS categories as the seed words them, with the local additions for the
    /// area's Eastern European communities (Polish, Lithuanian, Slovakian, any other Eastern European background).
    /// </summary>
    public static readonly IReadOnlyList<string> Seed001EthnicGroups =
    [
        "White British", "White Irish", "White other", "White & Black Caribbean", "White & Black African", "White & Asian",
        "Any other White mixed background", "Indian", "Pakistani", "Bangladeshi", "Chinese", "Any other Asian background",
        "Caribbean", "African", "Any other Black background", "Polish", "Lithuanian", "Slovakian",
        "Any other Eastern European background", "Other",
    ];

    /// <summary>The default options of a kind of question; empty where the builder must give them (single and ranked choice).</summary>
    public static IReadOnlyList<string> DefaultsFor(QuestionKind kind) => kind switch
    {
        QuestionKind.PriorityGrid => PriorityLevels,
        QuestionKind.ProblemScale => ProblemScale,
        QuestionKind.YesNoDontKnow => YesNoDontKnow,
        QuestionKind.AgeBand => AgeBands,
        QuestionKind.Sex => Sexes,
        QuestionKind.Ethnicity => Ons2021EthnicGroups,
        _ => [],
    };
}
