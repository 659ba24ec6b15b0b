using System.Globalization;
using Csp.Core.Imports;
using Csp.Core.Performance;

namespace Csp.Ingest.Returns;

/// <summary>
/// Reads a partner's return, CSV or XLSX, in the long form (<c>measure, area, period_start, period_end, value</c>, optional
/// <c>breakdown, unit, source, note</c>) or in the partner's own layout through a <see cref="ReturnMapping"/>, streaming
/// row by row. Bad input is data: a figure that cannot be taken is reported with file, line and field and the rest of
/// the file still comes through.
/// </summary>
/// <remarks>
/// <para>Refused (reported through <see cref="TakeIssues"/>): an unknown measure or area; a period that cannot be read,
/// ends before it starts, or ends after <see cref="ReturnReaderOptions.Today"/>; a period that overlaps another figure
/// of the same measure, area and breakdown in the file (the same period twice, or a quarter and a month inside it); a
/// unit other than the measure's (a count is allowed for a rate measure: the engine divides it by residents); a value
/// that is not a number; a percentage outside 0-100; a negative count.</para>
/// <para>Kept and flagged (reported through <see cref="TakeWarnings"/>): a total that is not the sum of its parts
/// (<see cref="TotalRule"/>), as published figures sometimes are (seed 000: "KCC Area 630 113 1743").</para>
/// <para><c>value</c> "u/a", "n/a", "-", "..", "x" or empty is not available: kept as a figure with no value, never
/// zero. Numbers are invariant ("1,641", "18.9%", "£1,200" are read as 1641, 18.9 and 1200). Dates are yyyy-MM-dd,
/// dd/MM/yyyy, or yyyy-MM (a month: the 1st as a start, the last day as an end); in a workbook a date cell is read
/// from its serial number.</para>
/// </remarks>
internal sealed class ReturnReader : IDisposable
{
    public const string Description = "a partner return (measure, area, period_start, period_end, value; optional breakdown, unit, source, note)";

    private static readonly HashSet<string> NotAvailable = new(StringComparer.OrdinalIgnoreCase) { "", "u/a", "n/a", "na", "-", "..", "x", ":", "not available" };
    private static readonly string[] DayFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy/MM/dd"];

    private readonly IReturnRows _rows;
    private readonly ReturnVocabulary _vocabulary;
    private readonly ReturnMapping _mapping;
    private readonly ReturnReaderOptions _options;
    private readonly List<ImportIssue> _issues = [];
    private readonly List<ImportIssue> _warnings = [];
    private readonly List<ReturnValue> _ready = [];
    private readonly Dictionary<(string Measure, string Area, string Breakdown), SeriesPeriods> _seen = [];
    private readonly Dictionary<(string Measure, string Area, ReturnPeriod Period, string Others, string Key), TotalGroup> _groups = [];
    private readonly Dictionary<string, DateOnly?> _starts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly?> _ends = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Canonical, string? Problem)> _breakdowns = new(StringComparer.Ordinal);
    private readonly TotalRule[] _totalRules;
    // The last row's resolved measure and area: rows repeat them, and the pooled texts compare by reference.
    private (string Text, string Name, MeasureUnit Unit) _lastMeasure = ("\u0000", "", default);
    private (string Text, string Code) _lastArea = ("\u0000", "");
    private Slot _measure, _area, _start, _end, _unit, _source, _note, _breakdown;
    private (int Index, ValueColumn Column)[] _values = [];

    private ReturnReader(IReturnRows rows, ReturnVocabulary vocabulary, ReturnMapping mapping, ReturnReaderOptions options)
    {
        _rows = rows;
        _vocabulary = vocabulary;
        _mapping = mapping;
        _options = options;
        _totalRules = [.. options.TotalRules ?? [TotalRule.Sex]];
    }

    /// <summary>Opens a return: a workbook when the name ends .xlsx/.xlsm or the content is a zip package, else CSV.</summary>
    /// <returns>A reader; when the file cannot be read as a return at all, <see cref="FileError"/> says why and no row follows.</returns>
    public static ReturnReader Open(Stream stream, string fileName, ReturnVocabulary vocabulary, ReturnMapping? mapping = null, ReturnReaderOptions? options = null)
    {
        mapping ??= ReturnMapping.LongForm;
        IReturnRows rows = IsWorkbook(stream, fileName) ? new XlsxReturnRows(stream, fileName, mapping.Sheet) : new CsvReturnRows(stream, fileName);
        var reader = new ReturnReader(rows, vocabulary, mapping, options ?? ReturnReaderOptions.Default);
        reader.OpenHeader();
        return reader;
    }

    public string FileName => _rows.FileName;

    public ImportIssue? FileError { get; private set; }

    /// <summary>True when the data broke off before its end (the last row cut, a cut download): the rows before it were read.</summary>
    public bool Truncated => _rows.Truncated;

    /// <summary>Rows of the file read (a wide row counts once however many figures it holds).</summary>
    public long RowsRead { get; private set; }

    /// <summary>Figures handed out (not available ones included).</summary>
    public long ValuesRead { get; private set; }

    /// <summary>Figures refused.</summary>
    public long ValuesRefused { get; private set; }

    /// <summary>Figures refused so far, with file, line and field; drained by each call.</summary>
    public List<ImportIssue> TakeIssues()
    {
        _issues.AddRange(_rows.TakeIssues());
        var taken = new List<ImportIssue>(_issues);
        _issues.Clear();
        return taken;
    }

    /// <summary>Figures kept but flagged (a total that disagrees with its parts); drained by each call.</summary>
    public List<ImportIssue> TakeWarnings()
    {
        var taken = new List<ImportIssue>(_warnings);
        _warnings.Clear();
        return taken;
    }

    /// <summary>The figures, in file order except that a total and its parts come out together once all are read.</summary>
    public IEnumerable<ReturnValue> Values()
    {
        if (FileError is not null) yield break;
        while (_rows.Next())
        {
            RowsRead++;
            ReadRow();
            foreach (var v in _ready) yield return v;
            ValuesRead += _ready.Count;
            _ready.Clear();
        }
        // Groups never completed (a total without one of its parts) are not checked: hand them out as they are.
        foreach (var v in _groups.Values.SelectMany(g => g.Members.Values).OrderBy(v => v.Line))
        {
            ValuesRead++;
            yield return v;
        }
        _groups.Clear();
    }

    private void OpenHeader()
    {
        var required = new List<string>();
        var longForm = ReferenceEquals(_mapping, ReturnMapping.LongForm);
        foreach (var f in _mapping.Fields.Values)
        {
            if (f.Column is { } c && !(longForm && ReturnMapping.OptionalLongFormColumns.Contains(c))) required.Add(c);
        }
        required.AddRange(_mapping.Values.Select(v => v.Column));
        if (!_rows.Open(required.Distinct(StringComparer.OrdinalIgnoreCase).ToList()))
        {
            FileError = _rows.FileError;
            return;
        }
        Slot SlotOf(string name) => _mapping.Field(name) is { } f
            ? new Slot(f.Column is null ? -1 : _rows.Column(f.Column), f.Constant, f.Column ?? name)
            : new Slot(-1, null, name);
        (_measure, _area, _start, _end) = (SlotOf("measure"), SlotOf("area"), SlotOf("period_start"), SlotOf("period_end"));
        (_unit, _source, _note, _breakdown) = (SlotOf("unit"), SlotOf("source"), SlotOf("note"), SlotOf("breakdown"));
        _values = _mapping.Values.Select(v => (_rows.Column(v.Column), v)).ToArray();
    }

    /// <summary>Where one long-form field is read from: a column, or a constant.</summary>
    private readonly record struct Slot(int Index, string? Constant, string Name)
    {
        public bool Present => Index >= 0 || Constant is not null;
    }

    private bool Text(Slot slot, out string text)
    {
        if (slot.Constant is { } c)
        {
            text = c;
            return true;
        }
        if (slot.Index < 0)
        {
            text = "";
            return true;
        }
        return _rows.TryText(slot.Index, slot.Name, out text);
    }

    private void Refuse(string field, string message)
    {
        ValuesRefused++;
        _issues.Add(new ImportIssue(FileName, _rows.Line, field, message, _rows.Raw()));
    }

    private void ReadRow()
    {
        if (!Text(_measure, out var measureText) || !Text(_area, out var areaText)) return;
        if (measureText.Length == 0)
        {
            Refuse(_measure.Name, "the measure is missing.");
            return;
        }
        string measure, area;
        MeasureUnit measureUnit;
        if (ReferenceEquals(measureText, _lastMeasure.Text)) (_, measure, measureUnit) = _lastMeasure;
        else if (_vocabulary.TryMeasure(measureText, out measure, out measureUnit)) _lastMeasure = (measureText, measure, measureUnit);
        else
        {
            Refuse(_measure.Name, _vocabulary.RefusalOf(measureText) ?? $"'{measureText}' is not a known measure (see data/config/measures.csv).");
            return;
        }
        if (areaText.Length == 0)
        {
            Refuse(_area.Name, "the area is missing.");
            return;
        }
        if (ReferenceEquals(areaText, _lastArea.Text)) area = _lastArea.Code;
        else if (_vocabulary.TryArea(_mapping.AreaAliases.GetValueOrDefault(areaText, areaText), out area)) _lastArea = (areaText, area);
        else
        {
            Refuse(_area.Name, $"'{areaText}' is not a known area (an ONS code such as E07000109, or a name such as Gravesham).");
            return;
        }
        if (!Text(_unit, out var unitText) || !Text(_source, out var source) || !Text(_note, out var note) || !Text(_breakdown, out var breakdownText)) return;
        var unit = measureUnit;
        if (unitText.Length > 0)
        {
            if (!MeasureUnits.TryParse(unitText, out unit))
            {
                Refuse(_unit.Name, $"'{unitText}' is not a unit: count, percentage, rate per 1,000 or currency.");
                return;
            }
            // A count is accepted for a rate measure: the engine divides it by the residents of the measure's age band; and for
            // a percentage's base rows (base=numerator, base=denominator), checked with the breakdown in ReadValue.
            if (unit != measureUnit && !(measureUnit is MeasureUnit.RatePer1000 or MeasureUnit.Percentage && unit == MeasureUnit.Count))
            {
                Refuse(_unit.Name, $"the return gives '{measure}' as {unit.Label()}, but the measure is a {measureUnit.Label()}.");
                return;
            }
        }
        if (!TryBreakdown(breakdownText, out var rowBreakdown, out var problem))
        {
            Refuse(_breakdown.Name, problem!);
            return;
        }
        string? rowStart = null, rowEnd = null;
        if (_start.Present && (!Text(_start, out rowStart!))) return;
        if (_end.Present && (!Text(_end, out rowEnd!))) return;
        foreach (var (index, column) in _values)
        {
            ReadValue(measure, area, unit, measureUnit, source, note, rowBreakdown, rowStart, rowEnd, index, column);
        }
    }

    private void ReadValue(string measure, string area, MeasureUnit unit, MeasureUnit measureUnit, string source, string note, string rowBreakdown, string? rowStart, string? rowEnd,
        int index, ValueColumn column)
    {
        var startField = column.PeriodStart is null ? _start.Name : column.Column;
        var endField = column.PeriodEnd is null ? _end.Name : column.Column;
        var startText = column.PeriodStart ?? rowStart ?? "";
        var endText = column.PeriodEnd ?? rowEnd ?? "";
        if (Day(startText, end: false) is not { } start)
        {
            Refuse(startField, startText.Length == 0 ? "the period start is missing." : $"'{startText}' is not a date (yyyy-MM-dd, dd/MM/yyyy or yyyy-MM).");
            return;
        }
        if (Day(endText, end: true) is not { } end)
        {
            Refuse(endField, endText.Length == 0 ? "the period end is missing." : $"'{endText}' is not a date (yyyy-MM-dd, dd/MM/yyyy or yyyy-MM).");
            return;
        }
        if (end < start)
        {
            Refuse(endField, $"impossible period: it ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).");
            return;
        }
        if (_options.Today is { } today && end > today)
        {
            Refuse(endField, $"impossible period: it ends on {end:yyyy-MM-dd}, after today ({today:yyyy-MM-dd}); a return reports periods that have ended.");
            return;
        }
        var breakdown = rowBreakdown;
        if (column.Breakdown.Length > 0)
        {
            if (!TryBreakdown(column.Breakdown, out var extra, out var problem))
            {
                Refuse(column.Column, problem!);
                return;
            }
            foreach (var (key, part) in Breakdown.Pairs(extra)) breakdown = Breakdown.With(breakdown, key, part);
        }
        // A share's base (base=numerator, base=denominator): counts of the people a returned percentage is of.
        var basePart = Breakdown.Get(breakdown, ShareBase.Key);
        if (basePart is not null)
        {
            var breakdownField = column.Breakdown.Length > 0 ? column.Column : _breakdown.Name;
            if (measureUnit != MeasureUnit.Percentage)
            {
                Refuse(breakdownField, $"a base (base=numerator or base=denominator) is given only for a percentage: '{measure}' is a {measureUnit.Label()}.");
                return;
            }
            if (ShareBase.PartOf(breakdown) is null)
            {
                Refuse(breakdownField, $"'base={basePart}' is not a share's base: write base=numerator (the people counted, e.g. repeat victims) or base=denominator (the people or incidents the share is of), with no other breakdown.");
                return;
            }
            unit = MeasureUnit.Count;
        }
        else if (unit == MeasureUnit.Count && measureUnit == MeasureUnit.Percentage)
        {
            Refuse(_unit.Name, $"the return gives '{measure}' as a count, but the measure is a percentage (a count is returned only as its base: breakdown base=numerator or base=denominator).");
            return;
        }
        if (index < 0 || !_rows.TryText(index, column.Column, out var valueText)) valueText = "";
        decimal? value = null;
        if (!NotAvailable.Contains(valueText))
        {
            if (!TryNumber(valueText, out var n))
            {
                Refuse(column.Column, $"'{valueText}' is not a number (write u/a or leave it empty when the figure is not available).");
                return;
            }
            if (unit == MeasureUnit.Percentage && n is < 0 or > 100)
            {
                Refuse(column.Column, $"{n.ToString(CultureInfo.InvariantCulture)} is not a percentage: a percentage is 0 to 100.");
                return;
            }
            if (unit == MeasureUnit.Count && n < 0)
            {
                Refuse(column.Column, $"{n.ToString(CultureInfo.InvariantCulture)} is not a count: a count cannot be negative.");
                return;
            }
            if (basePart is not null && n != decimal.Truncate(n))
            {
                Refuse(column.Column, $"{n.ToString(CultureInfo.InvariantCulture)} is not a whole number: a share's base counts people or incidents.");
                return;
            }
            value = n;
        }
        var period = new ReturnPeriod(start, end);
        var seriesKey = (measure, area, breakdown);
        if (!_seen.TryGetValue(seriesKey, out var seen)) _seen[seriesKey] = seen = new SeriesPeriods();
        if (seen.Overlapping(period) is { } clash)
        {
            Refuse(startField, clash.Period == period
                ? $"the same measure, area, breakdown and period ({period}) is already on line {clash.Line}."
                : $"overlapping period: {period} overlaps {clash.Period} on line {clash.Line} for the same measure, area and breakdown.");
            return;
        }
        seen.Add(period, _rows.Line);
        var figure = new ReturnValue(measure, area, period, value, breakdown, unit, source.Length > 0 ? source : null, note.Length > 0 ? note : null, _rows.Line);
        Check(figure, column.Column);
    }

    /// <summary>Holds a total and its parts until all are read, then checks them; anything else goes straight out.</summary>
    private void Check(ReturnValue figure, string field)
    {
        if (figure.Breakdown.Length == 0)
        {
            _ready.Add(figure);
            return;
        }
        foreach (var rule in _totalRules)
        {
            var member = Breakdown.Get(figure.Breakdown, rule.Key);
            if (member is null) continue;
            var slot = member.Equals(rule.Total, StringComparison.OrdinalIgnoreCase) ? rule.Total : rule.Parts.FirstOrDefault(p => p.Equals(member, StringComparison.OrdinalIgnoreCase));
            if (slot is null) continue;
            var key = (figure.Measure, figure.AreaCode, figure.Period, Breakdown.Without(figure.Breakdown, rule.Key), rule.Key);
            if (!_groups.TryGetValue(key, out var group)) _groups[key] = group = new TotalGroup();
            group.Members[slot] = figure;
            group.Fields[slot] = field;
            if (group.Members.Count < rule.Parts.Count + 1) return;
            _groups.Remove(key);
            var total = group.Members[rule.Total];
            var parts = rule.Parts.Select(p => group.Members[p]).ToList();
            if (total.Value is { } t && parts.TrueForAll(p => p.Value is not null) && parts.Sum(p => p.Value!.Value) is var sum && sum != t)
            {
                group.Members[rule.Total] = total with { Flags = total.Flags | ReturnFlags.TotalDisagreesWithParts };
                var partsText = string.Join(" + ", parts.Select(p => $"{Breakdown.Get(p.Breakdown, rule.Key)} {p.Value!.Value.ToString(CultureInfo.InvariantCulture)}"));
                _warnings.Add(new ImportIssue(FileName, total.Line, group.Fields[rule.Total],
                    $"the total ({rule.Total} = {t.ToString(CultureInfo.InvariantCulture)}) is not the sum of its parts ({partsText} = {sum.ToString(CultureInfo.InvariantCulture)}) for {total.Measure}, {total.AreaCode}, {total.Period}: kept as returned and flagged."));
            }
            _ready.AddRange(group.Members.Values.OrderBy(v => v.Line));
            return;
        }
        _ready.Add(figure);
    }

    private bool TryBreakdown(string text, out string canonical, out string? problem)
    {
        if (!_breakdowns.TryGetValue(text, out var parsed))
        {
            parsed = Breakdown.TryNormalise(text, out var c, out var p) ? (c, null) : ("", p);
            if (_breakdowns.Count < 100_000) _breakdowns[text] = parsed;
        }
        (canonical, problem) = parsed;
        return problem is null;
    }

    private DateOnly? Day(string text, bool end)
    {
        var cache = end ? _ends : _starts;
        if (cache.TryGetValue(text, out var day)) return day;
        day = ParseDay(text, end);
        if (cache.Count < 100_000) cache[text] = day;
        return day;
    }

    private static DateOnly? ParseDay(string text, bool end)
    {
        if (text.Length == 0) return null;
        if (DateOnly.TryParseExact(text, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return end ? month.AddMonths(1).AddDays(-1) : month;
        }
        // A workbook date cell: days since 1899-12-30 (Excel's serial number).
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2_958_466)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        }
        return null;
    }

    private static bool TryNumber(string text, out decimal value)
    {
        var t = text.AsSpan().Trim();
        if (t.EndsWith("%")) t = t[..^1].TrimEnd();
        if (t.StartsWith("£")) t = t[1..].TrimStart();
        return decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsWorkbook(Stream stream, string fileName)
    {
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase)) return true;
        if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || !stream.CanSeek) return false;
        // No telling extension: a zip package ("PK\x03\x04") is a workbook.
        Span<byte> head = stackalloc byte[4];
        var position = stream.Position;
        var n = stream.Read(head);
        stream.Position = position;
        return n == 4 && head.SequenceEqual("PK\x03\x04"u8);
    }

    /// <summary>The periods already read for one measure, area and breakdown.</summary>
    private sealed class SeriesPeriods
    {
        private readonly List<(ReturnPeriod Period, long Line)> _periods = [];
        private DateOnly _lastEnd = DateOnly.MinValue;
        private DateOnly _firstStart = DateOnly.MaxValue;

        public (ReturnPeriod Period, long Line)? Overlapping(ReturnPeriod period)
        {
            // Returns list periods in order, oldest or newest first: a period after, or before, everything seen cannot overlap.
            if (period.Start > _lastEnd || period.End < _firstStart) return null;
            foreach (var p in _periods)
            {
                if (p.Period.Overlaps(period)) return p;
            }
            return null;
        }

        public void Add(ReturnPeriod period, long line)
        {
            _periods.Add((period, line));
            if (period.End > _lastEnd) _lastEnd = period.End;
            if (period.Start < _firstStart) _firstStart = period.Start;
        }
    }

    private sealed class TotalGroup
    {
        public Dictionary<string, ReturnValue> Members { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);
    }

    public void Dispose() => _rows.Dispose();
}
