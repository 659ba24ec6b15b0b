using Csp.Core.Areas;
using Csp.Core.Performance;

namespace Csp.Ingest.Returns;

/// <summary>
/// The areas and measures a return may name: anything else is reported as unknown with its line and field. Areas are
/// matched by ONS code or name, measures by name, both case-insensitively; aliases let a partner's own spelling in
/// ("KCC Area" for Kent).
/// </summary>
internal sealed class ReturnVocabulary
{
    private readonly Dictionary<string, string> _areas = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Name, MeasureUnit Unit)> _measures = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _refused = new(StringComparer.OrdinalIgnoreCase);

    public static ReturnVocabulary From(IEnumerable<Area> areas, IEnumerable<Measure> measures)
    {
        var vocabulary = new ReturnVocabulary();
        foreach (var a in areas) vocabulary.AddArea(a.Code, a.Name);
        foreach (var m in measures) vocabulary.AddMeasure(m.Name, m.Unit);
        return vocabulary;
    }

    /// <summary>Adds an area by code and name. A name shared by two areas (a ward and a district) keeps the first added, so add wider areas first.</summary>
    public ReturnVocabulary AddArea(string code, string name, params string[] aliases)
    {
        _areas[code] = code;
        _areas.TryAdd(name, code);
        foreach (var alias in aliases) _areas[alias] = code;
        return this;
    }

    public ReturnVocabulary AddMeasure(string name, MeasureUnit unit, params string[] aliases)
    {
        _measures[name] = (name, unit);
        foreach (var alias in aliases) _measures[alias] = (name, unit);
        return this;
    }

    /// <summary>Takes a known measure (and its aliases) out: a figure for it is refused with <paramref name="reason"/> (another agency's measure).</summary>
    public ReturnVocabulary RefuseMeasure(string name, string reason)
    {
        foreach (var key in _measures.Where(m => m.Value.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(m => m.Key).ToList())
        {
            _measures.Remove(key);
            _refused[key] = reason;
        }
        return this;
    }

    /// <summary>Why a measure named <paramref name="text"/> is refused, when it is known but taken out; else null.</summary>
    public string? RefusalOf(string text) => _refused.GetValueOrDefault(text);

    /// <summary>The ONS code for a code, name or alias.</summary>
    public bool TryArea(string text, out string code) => _areas.TryGetValue(text, out code!);

    /// <summary>The configured name and unit of a measure named (or aliased) <paramref name="text"/>.</summary>
    public bool TryMeasure(string text, out string name, out MeasureUnit unit)
    {
        if (_measures.TryGetValue(text, out var m))
        {
            (name, unit) = m;
            return true;
        }
        (name, unit) = ("", default);
        return false;
    }
}
