using Csp.Core.Periods;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Imports;

namespace Csp.Workbench.Tests.Performance;

/// <summary>
/// The Most Similar Group table of the quarterly performance report: the area's position in its comparator group
/// (data/config/comparator-groups.csv: Dartford and Gravesham among the Kent CSPs) for each category, 1 = the lowest rate,
/// and its movement since the quarter before, from the ranking <c>csp assess</c> does; checked against positions worked by
/// hand from a few police.uk records and populations, and found in each of the report's four formats.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MostSimilarGroupReportTests(PostgresServer postgres)
{
    private const string Gravesham = "E01024102", Dartford = "E01024150", Ashford = "E01023999", Canterbury = "E01024077";

    private static string Row(string month, string lsoa, string type, int n) =>
        $"{(type == "Anti-social behaviour" ? "" : $"{month}-{lsoa}-{n}")},{month},Kent Police,Kent Police,0.37,51.44,On or near High Street,{lsoa},{lsoa} 001A,{type},,";

    /// <summary>
    /// Six months of Kent police.uk records (LSOA, type, records). Per quarter:
    /// <code>
    ///                    Jan-Mar 25 (ASB, burglary)   Apr-Jun 25 (ASB, burglary)   residents
    /// Dartford and G.    2, 8                         6, 2                         2,000 (1,000 + 1,000)
    /// Ashford            4, 3                         2, 3                         1,000
    /// Canterbury         1, 1                         2, 1                           500
    /// </code>
    /// </summary>
    private static readonly (string Month, string Lsoa, string Type, int Records)[] Records =
    [
        ("2025-01", Gravesham, Asb, 1), ("2025-01", Gravesham, Burglary, 3), ("2025-01", Ashford, Asb, 2), ("2025-01", Canterbury, Burglary, 1),
        ("2025-02", Dartford, Asb, 1), ("2025-02", Dartford, Burglary, 3), ("2025-02", Ashford, Burglary, 3),
        ("2025-03", Gravesham, Burglary, 2), ("2025-03", Ashford, Asb, 2), ("2025-03", Canterbury, Asb, 1),
        ("2025-04", Gravesham, Asb, 2), ("2025-04", Dartford, Burglary, 1), ("2025-04", Ashford, Burglary, 1), ("2025-04", Canterbury, Asb, 1),
        ("2025-05", Dartford, Asb, 2), ("2025-05", Ashford, Asb, 2), ("2025-05", Canterbury, Burglary, 1),
        ("2025-06", Gravesham, Asb, 2), ("2025-06", Gravesham, Burglary, 1), ("2025-06", Ashford, Burglary, 2), ("2025-06", Canterbury, Asb, 1),
    ];

    private const string Asb = "Anti-social behaviour", Burglary = "Burglary";

    private static async Task<PerformanceWorld> WorldAsync(DatabaseProvider provider, PostgresServer postgres)
    {
        var world = await PerformanceWorld.CreateAsync(provider, postgres);
        await using (var connection = await world.Database.OpenConnectionAsync(CancellationToken.None))
        {
            Sql.Execute(connection, null, """
                INSERT INTO areas (code, name, level, parent_code) VALUES
                    ('E22000137', 'Ashford', 'CommunitySafetyPartnership', 'E23000032'),
                    ('E22000138', 'Canterbury', 'CommunitySafetyPartnership', 'E23000032'),
                    ('E07000105', 'Ashford', 'District', 'E22000137'),
                    ('E07000106', 'Canterbury', 'District', 'E22000138'),
                    ('E05099999', 'Town', 'Ward', 'E07000107'),
                    ('E05011111', 'Aylesford', 'Ward', 'E07000105'),
                    ('E05022222', 'Barton', 'Ward', 'E07000106')
                """);
            Sql.Execute(connection, null, $"""
                INSERT INTO lsoa_memberships (lsoa_code, vintage, ward_code, district_code) VALUES
                    ('{Gravesham}', 2021, 'E05012345', 'E07000109'), ('{Dartford}', 2021, 'E05099999', 'E07000107'),
                    ('{Ashford}', 2021, 'E05011111', 'E07000105'), ('{Canterbury}', 2021, 'E05022222', 'E07000106')
                """);
            Sql.Execute(connection, null, """
                INSERT INTO population_estimates (area_code, year, source, age_band, persons) VALUES
                    ('E07000107', 2024, 'ONS mid-year estimate', 'all', 1000), ('E07000109', 2024, 'ONS mid-year estimate', 'all', 1000),
                    ('E22000352', 2024, 'ONS mid-year estimate', 'all', 2000),
                    ('E07000105', 2024, 'ONS mid-year estimate', 'all', 1000), ('E22000137', 2024, 'ONS mid-year estimate', 'all', 1000),
                    ('E07000106', 2024, 'ONS mid-year estimate', 'all', 500), ('E22000138', 2024, 'ONS mid-year estimate', 'all', 500)
                """);
        }
        var dir = PoliceFiles.TempDirectory();
        var files = Records.GroupBy(r => r.Month).Select(month =>
            PoliceFiles.Write(dir, $"{month.Key}-kent-street.csv", [.. month.SelectMany(r => Enumerable.Range(0, r.Records).Select(i => Row(r.Month, r.Lsoa, r.Type, i)))]))
            .Select(PerformanceWorld.File).ToList();
        await foreach (var r in DataImports.RunAsync(world.Database, world.Get<TimeProvider>(), DataImports.PoliceUk, files, null, null, CancellationToken.None))
        {
            Assert.Empty(r.Issues);
        }
        return world;
    }

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_positions_and_their_movement_since_the_quarter_before_are_those_worked_by_hand(DatabaseProvider provider)
    {
        await using var world = await WorldAsync(provider, postgres);

        var assessed = await world.Tables.MostSimilarGroupAsync(new Csp.Core.Areas.Area("E22000352", "Dartford and Gravesham", Csp.Core.Areas.AreaLevel.CommunitySafetyPartnership, "E23000032"),
            PeriodComparison.Quarter(2025, 2), default);

        var group = assessed!.MostSimilarGroup!;
        Assert.Equal("1 = lowest rate", group.Direction);
        Assert.Equal(("Apr-Jun 25", "Jan-Mar 25"), (assessed.Period.Label, assessed.Baseline.Label));
        var asb = group.Categories.Single(c => c.Category == Asb);
        // ASB per 1,000 in Apr-Jun 25: Ashford 2/1,000 = 2.0, Dartford and Gravesham 6/2,000 = 3.0, Canterbury 2/500 = 4.0: 2nd of 3.
        // In Jan-Mar 25: D&G 2/2,000 = 1.0, Canterbury 1/500 = 2.0, Ashford 4/1,000 = 4.0: 1st of 3. Worse.
        Assert.Equal((2, 3, 3.0, 1, 3), (asb.Rank!.Value, asb.GroupSize, asb.Rate!.Value, asb.PreviousRank!.Value, asb.PreviousGroupSize!.Value));
        Assert.Equal("worsened from 1st to 2nd of 3 (1 = lowest rate)", asb.Movement);
        // Burglary in Apr-Jun 25: D&G 2/2,000 = 1.0, Canterbury 1/500 = 2.0, Ashford 3/1,000 = 3.0: 1st of 3.
        // In Jan-Mar 25: Canterbury 2.0, Ashford 3.0, D&G 8/2,000 = 4.0: 3rd of 3. Better.
        var burglary = group.Categories.Single(c => c.Category == Burglary);
        Assert.Equal((1, 3, 1.0, 3, 3), (burglary.Rank!.Value, burglary.GroupSize, burglary.Rate!.Value, burglary.PreviousRank!.Value, burglary.PreviousGroupSize!.Value));
        Assert.Equal("improved from 3rd to 1st of 3 (1 = lowest rate)", burglary.Movement);
        // The other nine Kent CSPs of the group hold no data here: listed, not ranked.
        Assert.Equal(9, group.NoData.Count);
    }

    [Fact]
    public async Task Every_format_of_the_report_holds_the_table_with_the_direction_and_the_movement()
    {
        await using var world = await WorldAsync(DatabaseProvider.Sqlite, postgres);
        var quarter = PeriodComparison.Quarter(2025, 2);

        foreach (var format in new[] { ReportFormat.Html, ReportFormat.Docx, ReportFormat.Xlsx, ReportFormat.Pdf })
        {
            var outcome = await world.Tables.ReportAsync("Dartford and Gravesham", quarter, format, Csp.Core.Reports.Classification.Public(), default);
            var text = await ReportText.OfAsync(format, outcome.File!.Content);

            Assert.Contains("Most Similar Group", text, StringComparison.Ordinal);
            Assert.Contains("1 = lowest rate", text, StringComparison.Ordinal);
            // pdftotext joins a header the column's width breaks after "Jan-" without its hyphen.
            Assert.Matches("Position in Jan-?Mar 25", text);
            Assert.Contains("worsened from 1st to 2nd of 3", text, StringComparison.Ordinal);
            Assert.Contains("improved from 3rd to 1st of 3", text, StringComparison.Ordinal);
        }
    }
}
