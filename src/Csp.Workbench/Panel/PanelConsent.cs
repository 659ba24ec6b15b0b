namespace Csp.Workbench.Panel;

/// <summary>
/// The person's consent to a referral. A referral without consent (refused, or not sought) is lawful only on a stated
/// basis (for example a safeguarding concern, or preventing crime and disorder under s.115 Crime and Disorder Act 1998),
/// which the referral must record.
/// </summary>
public static class PanelConsent
{
    public const string Given = "Given";
    public const string Refused = "Refused";
    public const string NotSought = "NotSought";

    public static IReadOnlyList<string> All { get; } = [Given, Refused, NotSought];

    public static string Describe(string consent) => consent switch
    {
        Given => "Consent given",
        Refused => "Consent refused",
        NotSought => "Consent not sought",
        _ => consent,
    };
}
