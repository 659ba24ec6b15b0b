using System.Text;
using Csp.Ingest.Returns;

namespace Csp.Ingest.Tests.Returns;

public sealed class ReturnMappingTests
{
    private static (ReturnMapping? Mapping, IReadOnlyList<Csp.Core.Imports.ImportIssue> Issues) Read(string csv) =>
        ReturnMapping.Read(new MemoryStream(Encoding.UTF8.GetBytes("field,column,constant,breakdown,period_start,period_end\n" + csv)), "map.csv");

    [Fact]
    public void The_sample_mapping_maps_six_columns_of_figures_and_the_partners_area_name()
    {
        var mapping = ReturnFiles.Mapping("youth-justice-first-time-entrants-wide.mapping.csv");

        Assert.Equal(6, mapping.Values.Count);
        Assert.Equal(new ValueColumn("All 2009-10", "sex=All", "2009-07-01", "2010-06-30"), mapping.Values[5]);
        Assert.Equal("E10000016", mapping.AreaAliases["kcc area"]);
        Assert.Equal(ReturnField.Fixed("Youth justice first-time entrants"), mapping.Field("measure"));
        Assert.Equal(ReturnField.FromColumn("Area"), mapping.Field("area"));
    }

    [Fact]
    public void A_mapping_that_cannot_be_used_says_why_with_lines()
    {
        var (mapping, issues) = Read(
            "measure,Measure,Fires,,,\n" +
            "colour,Colour,,,,\n" +
            "value,,,sex=Female,,\n");

        Assert.Null(mapping);
        Assert.Equal(
        [
            "map.csv, line 2, field 'constant': 'measure' needs either a column or a constant, not both.",
            "map.csv, line 3, field 'field': 'colour' is not a field of a return: measure, area, period_start, period_end, unit, source, note, breakdown, value, area_alias or sheet.",
            "map.csv, line 4, field 'column': a value line names the partner's column that holds the figures.",
            "map.csv, field 'measure': the mapping does not say where 'measure' comes from.",
            "map.csv, field 'area': the mapping does not say where 'area' comes from.",
            "map.csv, field 'period_start': the mapping does not say where 'period_start' comes from (a field line, or on every value line).",
            "map.csv, field 'period_end': the mapping does not say where 'period_end' comes from (a field line, or on every value line).",
            "map.csv, field 'value': the mapping names no column of figures (a 'value' line).",
        ], issues.Select(i => i.ToString()));
    }
}
