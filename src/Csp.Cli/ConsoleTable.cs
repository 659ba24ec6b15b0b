using Csp.Core.Reports;
using Spectre.Console;

namespace Csp.Cli;

/// <summary>A report's table in the terminal: its columns and rows, each cell as every renderer writes it (<see cref="CellText"/>).</summary>
internal static class ConsoleTable
{
    public static Table Of(ReportTable table)
    {
        var shown = new Table().Border(TableBorder.Simple);
        foreach (var column in table.Columns) shown.AddColumn(Markup.Escape(column.Header));
        foreach (var row in table.Rows) shown.AddRow(row.Cells.Select((cell, i) => Markup.Escape(CellText.Format(cell, table.Columns[i].Format))).ToArray());
        return shown;
    }
}
