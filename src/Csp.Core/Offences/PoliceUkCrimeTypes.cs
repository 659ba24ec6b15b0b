namespace Csp.Core.Offences;

/// <summary>The crime types data.police.uk publishes, verbatim.</summary>
public static class PoliceUkCrimeTypes
{
    public const string AntiSocialBehaviour = "Anti-social behaviour";

    public static readonly IReadOnlyList<string> All =
    [
        AntiSocialBehaviour, "Bicycle theft", "Burglary", "Criminal damage and arson", "Drugs", "Other crime", "Other theft",
        "Possession of weapons", "Public order", "Robbery", "Shoplifting", "Theft from the person", "Vehicle crime",
        "Violence and sexual offences",
    ];
}
