using Csp.Core.Reports;
using Csp.Workbench.Accounts;

namespace Csp.Workbench.Assessment;

/// <summary>
/// Who reads the figures a use case answers with, and so which of them it may give: an entitled reader (the roles of
/// <see cref="Roles.SeeSmallNumbers"/>, or the command line, whose user holds the database) reads every count; any other
/// reader reads them as the public (Part 1) report prints them, counts from 1 to <see cref="Classification.SuppressBelow"/>
/// minus one in wards and LSOAs withheld with every figure that would reveal them (<see cref="SmallNumbers"/>).
/// </summary>
public sealed record Readership(Classification Classification)
{
    /// <summary>Every figure: the restricted (Part 2) readership.</summary>
    public static Readership Restricted { get; } = new(Classification.Restricted());

    /// <summary>As a public (Part 1) report: small numbers in small areas withheld.</summary>
    public static Readership Public { get; } = new(Classification.Public());

    /// <summary>A signed-in user's readership from their roles: restricted when any role is entitled, else public.</summary>
    public static Readership Of(IEnumerable<string> roles) => roles.Any(r => Roles.SeeSmallNumbers.Contains(r, StringComparer.Ordinal)) ? Restricted : Public;

    public bool SeesSmallNumbers => !Classification.IsPublic;

    public SmallNumbers SmallNumbers => new(Classification);
}
