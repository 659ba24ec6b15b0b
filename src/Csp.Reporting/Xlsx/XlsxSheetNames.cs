using System.Globalization;
using System.Text;

namespace Csp.Reporting.Xlsx;

/// <summary>
/// Sheet names as Excel accepts them: 1 to 31 characters, none of <c>[ ] : * ? / \</c>, not starting or ending with an
/// apostrophe, not "History" (reserved), and unique ignoring case. A long name is cut at a word where it can be; a clash
/// gets " (2)", " (3)" on a shortened name.
/// </summary>
internal sealed class XlsxSheetNames
{
    public const int MaxLength = 31;

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase) { "History" };

    public string Claim(string wanted)
    {
        var name = Valid(wanted);
        if (_taken.Add(name)) return name;
        for (var n = 2; ; n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
            var candidate = name[..Math.Min(name.Length, MaxLength - suffix.Length)].TrimEnd() + suffix;
            if (_taken.Add(candidate)) return candidate;
        }
    }

    public static string Valid(string wanted)
    {
        var sb = new StringBuilder(wanted.Length);
        foreach (var c in wanted)
        {
            if (c is '[' or ']' or ':' or '*' or '?' or '/' or '\\') sb.Append(' ');
            else if (!char.IsControl(c)) sb.Append(c);
        }
        // Runs of spaces left by removed characters collapse to one.
        var name = string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (name.Length > MaxLength)
        {
            // Cut at a word if one ends late enough ("Possession of weapons by", not "... by distri").
            var cut = name[MaxLength] == ' ' ? MaxLength : name.LastIndexOf(' ', MaxLength - 1);
            if (cut < 20) cut = char.IsHighSurrogate(name[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            name = name[..cut];
        }
        name = name.Trim().Trim('\'').Trim();
        return name.Length == 0 ? "Sheet" : name;
    }

    /// <summary>A reference to cell A1 of the sheet, quoted as formulas and hyperlinks need it: 'Kent: 2025'!A1.</summary>
    public static string Reference(string sheet, string cell = "A1") => Quote(sheet) + "!" + cell;

    /// <summary>The name in apostrophes, its own apostrophes doubled: 'Gravesham''s wards'.</summary>
    public static string Quote(string sheet) => "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
}
