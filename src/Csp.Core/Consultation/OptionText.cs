using System.Text;

namespace Csp.Core.Consultation;

/// <summary>
/// Compares answer text the way a person would: case, surrounding and repeated spaces, curly apostrophes and the
/// several hyphens and dashes that exports and PDFs produce (seed 001 prints "anti‐social" with U+2010) do not matter.
/// </summary>
public static class OptionText
{
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text.AsSpan().Trim())
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                '\u00A0' or '\t' or '\r' or '\n' => ' ',
                _ => raw,
            };
            if (c == ' ')
            {
                if (!space) sb.Append(' ');
                space = true;
                continue;
            }
            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    public static bool Same(string a, string b) => string.Equals(Normalise(a), Normalise(b), StringComparison.Ordinal);

    /// <summary>The position of <paramref name="value"/> among <paramref name="options"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> options, string value)
    {
        var v = Normalise(value);
        for (var i = 0; i < options.Count; i++)
        {
            if (string.Equals(Normalise(options[i]), v, StringComparison.Ordinal)) return i;
        }
        return -1;
    }
}
