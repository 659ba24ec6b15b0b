namespace Csp.Core.Areas;

/// <summary>ONS GSS codes: a letter for the nation (E, W, S, N, K), two digits for the entity and six for the instance.</summary>
public static class AreaCode
{
    /// <summary>True when <paramref name="text"/> has the shape of a GSS code, e.g. E01024102.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        if (text.Length != 9 || !char.IsAsciiLetterUpper(text[0])) return false;
        foreach (var c in text[1..])
        {
            if (!char.IsAsciiDigit(c)) return false;
        }
        return true;
    }

    /// <summary>The country that a district, ward or LSOA code belongs to, by its first letter.</summary>
    public static (string Code, string Name)? Country(string code) => code.Length == 0 ? null : code[0] switch
    {
        'E' => ("E92000001", "England"),
        'W' => ("W92000004", "Wales"),
        'S' => ("S92000003", "Scotland"),
        'N' => ("N92000002", "Northern Ireland"),
        _ => null,
    };
}
