using Csp.Reporting.Rendering;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Csp.Reporting.Xlsx;

/// <summary>The shared string table: every distinct text once ("Total crime", "*" and the headers recur on every sheet).</summary>
internal sealed class XlsxSharedStrings
{
    /// <summary>The most characters an Excel cell holds.</summary>
    private const int MaxCellText = 32_767;

    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private int _references;

    public int Add(string text)
    {
        _references++;
        text = XmlText.Clean(text);
        if (text.Length > MaxCellText) text = text[..MaxCellText];
        if (_index.TryGetValue(text, out var i)) return i;
        i = _strings.Count;
        _strings.Add(text);
        _index.Add(text, i);
        return i;
    }

    public SharedStringTable Build()
    {
        var table = new SharedStringTable { Count = (uint)_references, UniqueCount = (uint)_strings.Count };
        foreach (var s in _strings)
        {
            var text = new Text(s);
            if (s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]))) text.Space = SpaceProcessingModeValues.Preserve;
            table.Append(new SharedStringItem(text));
        }
        return table;
    }
}
