namespace Csp.Core.Consultation;

/// <summary>The kinds of question the seeds' consultations ask.</summary>
public enum QuestionKind
{
    /// <summary>High / Medium / Low for each issue in a list (seed 001, "level of priority"): one answer per item.</summary>
    PriorityGrid,

    /// <summary>A very big problem ... Not a problem / Don't know for each issue (seed 001, "how much of a problem"): one answer per item.</summary>
    ProblemScale,

    /// <summary>One option, optionally with "Other, please say" and its text (seed 002, "the single most important issue").</summary>
    SingleChoice,

    /// <summary>A first, second (... up to <see cref="SurveyQuestion.Ranks"/>) choice among the options, each different (seed 003).</summary>
    RankedChoice,

    /// <summary>Yes / No / Don't know (seed 001, agreement with the proposed priorities).</summary>
    YesNoDontKnow,

    /// <summary>Words, grouped into themes afterwards (seed 001, "top 3 other issues").</summary>
    FreeText,

    /// <summary>Demographics (seed 001, "details of the survey sample"): tabulated as single choices and compared with the population.</summary>
    AgeBand,
    Sex,
    Ethnicity,

    /// <summary>For operational use only (seed 001: postcodes "not listed"): validated and kept, never tabulated.</summary>
    Postcode,
}
