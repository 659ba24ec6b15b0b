using Csp.Core.Imports;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Returns;

/// <summary>
/// How a partner's own layout maps onto the long form (measure, area, period_start, period_end, value, breakdown, unit,
/// source, note). The documented long form is <see cref="LongForm"/>; a mapping file describes any other layout, e.g. the
/// seeds' wide tables with Female / Male / All columns per period. The file format is in data/sample/returns/README.md.
/// </summary>
/// <param name="Fields">measure, area, period_start, period_end, unit, source, note, breakdown: a column or a constant each.</param>
/// <param name="Values">The columns holding figures.</param>
/// <param name="AreaAliases">The partner's area names and the ONS code or name each stands for ("KCC Area" -> E10000016).</param>
/// <param name="Sheet">For a workbook: the sheet to read; null = the first.</param>
internal sealed record ReturnMapping(
    IReadOnlyDictionary<string, ReturnField> Fields,
    IReadOnlyList<ValueColumn> Values,
    IReadOnlyDictionary<string, string> AreaAliases,
    string? Sheet)
{
    public static readonly string[] FieldNames = ["measure", "area", "period_start", "period_end", "unit", "source", "note", "breakdown"];

    /// <summary>The documented long form: a column per field named as the field, figures in <c>value</c>.</summary>
    public static readonly ReturnMapping LongForm = new(
        FieldNames.ToDictionary(f => f, ReturnField.FromColumn),
        [new ValueColumn("value", "")],
        new Dictionary<string, string>(),
        null);

    /// <summary>The long form's optional columns: a file without them is still a return.</summary>
    internal static readonly HashSet<string> OptionalLongFormColumns = ["unit", "source", "note", "breakdown"];

    public ReturnField? Field(string name) => Fields.GetValueOrDefault(name);

    /// <summary>
    /// Reads a mapping file: a CSV with the header <c>field,column,constant,breakdown,period_start,period_end</c>, one line
    /// per field (see data/sample/returns/README.md). Returns null with the problems when it cannot be used.
    /// </summary>
    public static (ReturnMapping? Mapping, IReadOnlyList<ImportIssue> Issues) Read(Stream stream, string fileName)
    {
        var issues = new List<ImportIssue>();
        using var csv = new CsvInput(stream, fileName);
        if (!csv.ReadHeader(["field", "column", "constant"], "a return mapping file (field,column,constant,breakdown,period_start,period_end)"))
        {
            return (null, [csv.FileError!]);
        }
        var (fieldCol, columnCol, constantCol) = (csv.Column("field"), csv.Column("column"), csv.Column("constant"));
        var (breakdownCol, startCol, endCol) = (csv.Column("breakdown"), csv.Column("period_start"), csv.Column("period_end"));
        var fields = new Dictionary<string, ReturnField>(StringComparer.OrdinalIgnoreCase);
        var values = new List<ValueColumn>();
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? sheet = null;
        while (csv.ReadRow())
        {
            string Text(int column) => column >= 0 && csv.TryText(column, "", null, out var t) ? t : "";
            var (field, column, constant) = (Text(fieldCol).ToLowerInvariant(), Text(columnCol), Text(constantCol));
            void Problem(string where, string message) => issues.Add(new ImportIssue(fileName, csv.Line, where, message));
            switch (field)
            {
                case "value":
                    if (column.Length == 0)
                    {
                        Problem("column", "a value line names the partner's column that holds the figures.");
                        break;
                    }
                    var (start, end) = (Text(startCol), Text(endCol));
                    values.Add(new ValueColumn(column, Text(breakdownCol), start.Length > 0 ? start : null, end.Length > 0 ? end : null));
                    break;
                case "area_alias":
                    if (column.Length == 0 || constant.Length == 0) Problem("constant", "an area_alias line gives the partner's area name in 'column' and the ONS code or name in 'constant'.");
                    else aliases[column] = constant;
                    break;
                case "sheet":
                    sheet = constant.Length > 0 ? constant : column;
                    break;
                default:
                    if (!FieldNames.Contains(field))
                    {
                        Problem("field", $"'{field}' is not a field of a return: {string.Join(", ", FieldNames)}, value, area_alias or sheet.");
                        break;
                    }
                    if ((column.Length == 0) == (constant.Length == 0))
                    {
                        Problem(column.Length == 0 ? "column" : "constant", $"'{field}' needs either a column or a constant, not {(column.Length == 0 ? "neither" : "both")}.");
                        break;
                    }
                    fields[field] = column.Length > 0 ? ReturnField.FromColumn(column) : ReturnField.Fixed(constant);
                    break;
            }
        }
        issues.AddRange(csv.TakeIssues());
        foreach (var required in new[] { "measure", "area" })
        {
            if (!fields.ContainsKey(required)) issues.Add(new ImportIssue(fileName, 0, required, $"the mapping does not say where '{required}' comes from."));
        }
        foreach (var bound in new[] { "period_start", "period_end" })
        {
            var perColumn = bound == "period_start" ? values.TrueForAll(v => v.PeriodStart is not null) : values.TrueForAll(v => v.PeriodEnd is not null);
            if (!fields.ContainsKey(bound) && (values.Count == 0 || !perColumn))
            {
                issues.Add(new ImportIssue(fileName, 0, bound, $"the mapping does not say where '{bound}' comes from (a field line, or on every value line)."));
            }
        }
        if (values.Count == 0) issues.Add(new ImportIssue(fileName, 0, "value", "the mapping names no column of figures (a 'value' line)."));
        return issues.Count > 0 ? (null, issues) : (new ReturnMapping(fields, values, aliases, sheet), issues);
    }
}
