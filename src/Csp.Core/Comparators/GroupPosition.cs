using System.Globalization;

namespace Csp.Core.Comparators;

/// <summary>The area's place in its comparator group for one category.</summary>
/// <param name="Position">1 = the lowest rate in the group; areas with equal rates share the better position (1, 2, 2, 4).</param>
/// <param name="GroupSize">Members with a rate this period (members without one are left out and named in <see cref="MissingMembers"/>).</param>
/// <param name="Rate">The area's rate (per 1,000 residents, as given).</param>
/// <param name="PreviousPosition">Last period's position, or null.</param>
internal sealed record GroupPosition(
    string Category,
    string AreaCode,
    int Position,
    int GroupSize,
    double Rate,
    int? PreviousPosition,
    int? PreviousGroupSize,
    PositionMovement Movement,
    IReadOnlyList<string> MissingMembers)
{
    public const string Direction = "1 = lowest rate";

    /// <summary>"improved from 15th to 10th of 15 (1 = lowest rate)", "10th of 15 (1 = lowest rate), unchanged".</summary>
    public string Describe()
    {
        var now = $"{Ordinal(Position)} of {GroupSize.ToString(CultureInfo.InvariantCulture)}";
        return Movement switch
        {
            PositionMovement.Improved => $"improved from {Ordinal(PreviousPosition!.Value)} to {now} ({Direction})",
            PositionMovement.Worsened => $"worsened from {Ordinal(PreviousPosition!.Value)} to {now} ({Direction})",
            PositionMovement.Unchanged => $"{now} ({Direction}), unchanged",
            _ => $"{now} ({Direction}), no position last period",
        };
    }

    /// <summary>1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd.</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
