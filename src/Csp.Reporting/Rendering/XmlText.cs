using System.Text;

namespace Csp.Reporting.Rendering;

/// <summary>
/// Text as an XML part may hold it. Control characters other than tab and line breaks, and unpaired surrogates, are not
/// allowed in XML 1.0: a single one in a report (pasted from a partner's spreadsheet) would make Word and Excel refuse the
/// whole file, so they are dropped.
/// </summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var width = c switch
            {
                '\t' or '\n' or '\r' => 1,
                < ' ' or '\uFFFE' or '\uFFFF' => 0,
                _ when char.IsHighSurrogate(c) => i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 0,
                _ when char.IsLowSurrogate(c) => 0,
                _ => 1,
            };
            if (width == 0)
            {
                sb ??= new StringBuilder(text.Length).Append(text, 0, i);
                continue;
            }
            sb?.Append(text, i, width);
            i += width - 1;
        }
        return sb?.ToString() ?? text;
    }
}
