using System.Globalization;
using Csp.Core.Reports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Csp.Reporting.Xlsx;

/// <summary>
/// A native Excel chart of a chart sheet's data, drawn under it: a line chart over months, columns, or horizontal bars in
/// rank order with the area's bar in the highlight colour. Its series point at the sheet's cells (with cached values, so a
/// viewer that does not recalculate still draws it), so an analyst who corrects a figure sees the chart follow.
/// Reference lines stay in the table beside it.
/// </summary>
internal static class XlsxChart
{
    private const string Current = "1F4E79";
    private const string Baseline = "7F7F7F";
    private const string Comparison = "C55A11";
    private const string Highlight = "C55A11";
    private const uint CategoryAxisId = 50010;
    private const uint ValueAxisId = 50020;

    /// <summary>16 cm by 9 cm: about the width of a portrait page between margins.</summary>
    private const long WidthEmu = 16L * 360_000;
    private const long HeightEmu = 9L * 360_000;

    public const double HeightPoints = HeightEmu / 12_700.0;

    public static void Add(WorksheetPart worksheetPart, string sheetName, XlsxChartPlacement placement)
    {
        var drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
        worksheetPart.Worksheet.Append(new Drawing { Id = worksheetPart.GetIdOfPart(drawingsPart) });
        var chartPart = drawingsPart.AddNewPart<ChartPart>();
        chartPart.ChartSpace = ChartSpace(sheetName, placement);

        var chart = placement.Chart;
        drawingsPart.WorksheetDrawing = new Xdr.WorksheetDrawing(
            new Xdr.OneCellAnchor(
                new Xdr.FromMarker(
                    new Xdr.ColumnId("0"),
                    new Xdr.ColumnOffset("0"),
                    new Xdr.RowId((placement.AnchorRow - 1).ToString(CultureInfo.InvariantCulture)),
                    new Xdr.RowOffset("0")),
                new Xdr.Extent { Cx = WidthEmu, Cy = HeightEmu },
                new Xdr.GraphicFrame(
                    new Xdr.NonVisualGraphicFrameProperties(
                        new Xdr.NonVisualDrawingProperties { Id = 2U, Name = "Chart 1", Description = Rendering.XmlText.Clean(chart.AltText), Title = Rendering.XmlText.Clean(chart.Title) },
                        new Xdr.NonVisualGraphicFrameDrawingProperties()),
                    new Xdr.Transform(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = 0L, Cy = 0L }),
                    new A.Graphic(new A.GraphicData(new C.ChartReference { Id = drawingsPart.GetIdOfPart(chartPart) })
                    { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
                { Macro = "" },
                new Xdr.ClientData()));
    }

    private static C.ChartSpace ChartSpace(string sheetName, XlsxChartPlacement placement)
    {
        var chart = placement.Chart;
        OpenXmlCompositeElement plot = chart.Kind == ChartKind.Line
            ? new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false })
            : new C.BarChart(
                new C.BarDirection { Val = chart.Kind == ChartKind.Bar ? C.BarDirectionValues.Bar : C.BarDirectionValues.Column },
                new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
                new C.VaryColors { Val = false });
        for (var s = 0; s < chart.Series.Count; s++) plot.Append(Series(sheetName, placement, s));
        if (plot is C.BarChart) plot.Append(new C.GapWidth { Val = 60 });
        if (plot is C.LineChart) plot.Append(new C.ShowMarker { Val = true });
        plot.Append(new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });

        // A rank chart lists the first category at the top, as the report does: the category axis runs top to bottom and
        // the value axis sits at its end (the bottom).
        var ranked = chart.Kind == ChartKind.Bar;
        var categoryAxis = new C.CategoryAxis(
            new C.AxisId { Val = CategoryAxisId },
            new C.Scaling(new C.Orientation { Val = ranked ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = ranked ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom });
        if (chart.XAxisTitle.Length > 0) categoryAxis.Append(Title(chart.XAxisTitle, 900));
        categoryAxis.Append(
            new C.MajorTickMark { Val = C.TickMarkValues.None },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = ValueAxisId },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 });

        var valueAxis = new C.ValueAxis(
            new C.AxisId { Val = ValueAxisId },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = ranked ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
            new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = "D9D9D9" })) { Width = 6350 })));
        if (chart.YAxisTitle.Length > 0) valueAxis.Append(Title(chart.YAxisTitle, 900));
        valueAxis.Append(
            // "General" on the axis: 0, 10, 20 rather than 0.00, 10.00, 20.00.
            new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.None },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            new C.CrossingAxis { Val = CategoryAxisId },
            new C.Crosses { Val = ranked ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });

        var body = new C.Chart(
            Title(chart.Title, 1200),
            new C.AutoTitleDeleted { Val = false },
            new C.PlotArea(new C.Layout(), plot, categoryAxis, valueAxis));
        if (chart.Series.Count > 1) body.Append(new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }));
        body.Append(new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });

        return new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "en-GB" },
            new C.RoundedCorners { Val = false },
            body,
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = "FFFFFF" }), new A.Outline(new A.NoFill())),
            new C.TextProperties(
                new A.BodyProperties(),
                new A.ListStyle(),
                new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties(new A.LatinFont { Typeface = "Arial" }) { FontSize = 900 }), new A.EndParagraphRunProperties { Language = "en-GB" })));
    }

    private static OpenXmlCompositeElement Series(string sheetName, XlsxChartPlacement placement, int s)
    {
        var chart = placement.Chart;
        var series = chart.Series[s];
        var column = XlsxSheet.ColumnName(s + 2);
        var first = placement.FirstRow.ToString(CultureInfo.InvariantCulture);
        var last = placement.LastRow.ToString(CultureInfo.InvariantCulture);
        var sheet = XlsxSheetNames.Quote(sheetName);
        var colour = series.Role switch { SeriesRole.Baseline => Baseline, SeriesRole.Comparison => Comparison, _ => Current };

        var name = new C.SeriesText(new C.StringReference(
            new C.Formula($"{sheet}!${column}$2"),
            new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(Rendering.XmlText.Clean(series.Name))) { Index = 0 })));

        var categories = new C.StringCache(new C.PointCount { Val = (uint)chart.Categories.Count });
        for (var i = 0; i < chart.Categories.Count; i++) categories.Append(new C.StringPoint(new C.NumericValue(Rendering.XmlText.Clean(chart.Categories[i]))) { Index = (uint)i });
        var values = new C.NumberingCache(new C.FormatCode(placement.NumberFormat), new C.PointCount { Val = (uint)chart.Categories.Count });
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            if (i < series.Values.Count && series.Values[i] is { } v && double.IsFinite(v))
            {
                values.Append(new C.NumericPoint(new C.NumericValue(XlsxStyles.Number(v))) { Index = (uint)i });
            }
        }
        var categoryData = new C.CategoryAxisData(new C.StringReference(new C.Formula($"{sheet}!$A${first}:$A${last}"), categories));
        var valueData = new C.Values(new C.NumberReference(new C.Formula($"{sheet}!${column}${first}:${column}${last}"), values));

        if (chart.Kind == ChartKind.Line)
        {
            var line = new A.Outline(new A.SolidFill(new A.RgbColorModelHex { Val = colour })) { Width = series.Role == SeriesRole.Current ? 28575 : 19050 };
            if (series.Role == SeriesRole.Baseline) line.Append(new A.PresetDash { Val = A.PresetLineDashValues.Dash });
            return new C.LineChartSeries(
                new C.Index { Val = (uint)s },
                new C.Order { Val = (uint)s },
                name,
                new C.ChartShapeProperties(line),
                new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.None }),
                categoryData,
                valueData,
                new C.Smooth { Val = false });
        }

        var bars = new C.BarChartSeries(
            new C.Index { Val = (uint)s },
            new C.Order { Val = (uint)s },
            name,
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = colour })),
            new C.InvertIfNegative { Val = false });
        if (chart.HighlightCategory is { } h && h >= 0 && h < chart.Categories.Count && series.Role == SeriesRole.Current)
        {
            bars.Append(new C.DataPoint(
                new C.Index { Val = (uint)h },
                new C.InvertIfNegative { Val = false },
                new C.Bubble3D { Val = false },
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = Highlight }))));
        }
        bars.Append(categoryData, valueData);
        return bars;
    }

    private static C.Title Title(string text, int size) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = size, Bold = size > 1000 }),
                new A.Run(new A.RunProperties { Language = "en-GB", FontSize = size, Bold = size > 1000 }, new A.Text(Rendering.XmlText.Clean(text)))))),
        new C.Overlay { Val = false });
}
