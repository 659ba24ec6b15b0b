using System.Text;
using Csp.Core.Incidents;
using Csp.Ingest.Incidents;

namespace Csp.Ingest.Tests.Incidents;

public sealed class IncidentCsvReaderTests
{
    private static (List<IncidentRecord> Rows, List<Csp.Core.Imports.ImportIssue> Issues) Read(string csv)
    {
        using var reader = new IncidentCsvReader(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "cad-export.csv");
        Assert.True(reader.Open(), reader.FileError?.Message);
        var rows = reader.Rows().ToList();
        return (rows, reader.TakeIssues());
    }

    [Fact]
    public void Separate_date_and_time_columns_as_cad_exports_them()
    {
        var (rows, issues) = Read("""
            Incident_ID,Incident_Date,Incident_Time,Type,Easting,Northing
            C1,04/03/2025,2215,ASB,565000,174000
            C2,04/03/2025,,ASB,565000,174000
            C3,04/03/2025,00:00,ASB,565000,174000
            """);

        Assert.Empty(issues);
        Assert.Equal([(new DateOnly(2025, 3, 4), (TimeOnly?)new TimeOnly(22, 15)), (new DateOnly(2025, 3, 4), null), (new DateOnly(2025, 3, 4), new TimeOnly(0, 0))],
            rows.Select(r => (r.Date, r.Time)));
    }

    [Fact]
    public void One_date_time_column_with_an_offset_is_converted_to_uk_time()
    {
        var (rows, _) = Read("""
            id,datetime,category,x,y
            H1,2025-07-15T18:30:00Z,Noise,565000,174000
            H2,15 Jul 2025 18:30,Noise,565000,174000
            """);

        Assert.Equal([new TimeOnly(19, 30), new TimeOnly(18, 30)], rows.Select(r => r.Time!.Value));
    }

    [Fact]
    public void A_bad_date_or_time_is_quarantined_naming_the_file_line_and_column_as_the_file_has_it()
    {
        var (rows, issues) = Read("""
            id,Incident_Date,Incident_Time,category,x,y
            A1,12/31/2025,,ASB,565000,174000
            A2,31/12/2025,25:61,ASB,565000,174000
            A3,31/12/25,,ASB,565000,174000
            A4,31/12/2025,21:00,ASB,565000,174000
            """);

        Assert.Equal(["A4"], rows.Select(r => r.IncidentId));
        Assert.Equal([("cad-export.csv", 2L, "Incident_Date"), ("cad-export.csv", 3L, "Incident_Time"), ("cad-export.csv", 4L, "Incident_Date")],
            issues.Select(i => (i.File, i.Line, i.Field!)));
        Assert.Contains("month first (US)", issues[0].Message, StringComparison.Ordinal);
        Assert.Contains("two-digit year", issues[2].Message, StringComparison.Ordinal);
    }
}
