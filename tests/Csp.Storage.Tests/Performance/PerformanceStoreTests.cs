using System.Globalization;
using Csp.Storage.Performance;
using Csp.Storage.Tests.Infrastructure;
using Csp.Testing;

namespace Csp.Storage.Tests.Performance;

[Collection(PostgresCollection.Name)]
public sealed class PerformanceStoreTests(PostgresServer postgres)
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Population_is_read_for_an_area_code_in_any_case_once_and_for_more_codes_than_a_statement_takes(DatabaseProvider provider)
    {
        var db = await TestDatabases.CreateAsync(provider, postgres);
        await using (var connection = await db.OpenConnectionAsync(CancellationToken.None))
        {
            Sql.Execute(connection, null, """
                INSERT INTO population_estimates (area_code, year, source, age_band, persons) VALUES
                    ('E07000109', 2023, 'mye', 'all', 107000), ('E07000109', 2024, 'mye', 'all', 108000), ('E07000107', 2024, 'mye', 'all', 120000)
                """);
        }
        // 70,000 codes: more parameters than one statement of either database takes; Gravesham's in lower case, and twice.
        List<string> codes = ["e07000109", "E07000109", .. Enumerable.Range(0, 70_000).Select(i => "E0" + i.ToString("D7", CultureInfo.InvariantCulture)), "E07000107"];

        var rows = await PerformanceStore.PopulationAsync(db, codes, CancellationToken.None);

        Assert.Equal([("E07000107", 2024, 120000L), ("E07000109", 2023, 107000L), ("E07000109", 2024, 108000L)],
            rows.Select(r => (r.AreaCode, r.Year, r.Persons)).Order().ToList());
    }
}
