using System.Globalization;

namespace Csp.Core.Strategy;

/// <summary>
/// An action plan reference as the seed prints it: the theme's number, a full stop, the action's number within the theme
/// ("1.10" is theme 1's tenth action, after "1.9", not between "1.1" and "1.2").
/// </summary>
public readonly record struct ActionRef(int Theme, int Number) : IComparable<ActionRef>
{
    public static bool TryParse(string? text, out ActionRef value)
    {
        value = default;
        if (text is null) return false;
        var parts = text.Trim().Split('.');
        if (parts.Length != 2) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var theme) || theme < 1 || theme > 999) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > 9999) return false;
        value = new ActionRef(theme, number);
        return true;
    }

    public int CompareTo(ActionRef other) => Theme != other.Theme ? Theme.CompareTo(other.Theme) : Number.CompareTo(other.Number);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Theme}.{Number}");

    public static bool operator <(ActionRef left, ActionRef right) => left.CompareTo(right) < 0;
    public static bool operator >(ActionRef left, ActionRef right) => left.CompareTo(right) > 0;
    public static bool operator <=(ActionRef left, ActionRef right) => left.CompareTo(right) <= 0;
    public static bool operator >=(ActionRef left, ActionRef right) => left.CompareTo(right) >= 0;
}
