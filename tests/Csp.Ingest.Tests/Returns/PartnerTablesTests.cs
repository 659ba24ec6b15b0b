using Csp.Core.Performance;
using Csp.Core.Reports;
using static Csp.Ingest.Tests.Returns.ReturnFiles;

namespace Csp.Ingest.Tests.Returns;

/// <summary>Seed 000's perception (T5) and probation (T6) tables rebuilt from the sample returns.</summary>
public sealed class PartnerTablesTests
{
    private static List<string> Lines(ReportTable table) =>
        table.Rows.Select(r => string.Join(" ", r.Cells.Select((c, i) => CellText.Format(c, table.Columns[i].Format)))).ToList();

    [Fact]
    public void The_KCVS_table_gives_the_seeds_rows_with_changes_in_points_and_u_a()
    {
        var values = ReadSample("kcvs-asb-perception.csv").Values;
        var first = new ReturnPeriod(new DateOnly(2010, 4, 1), new DateOnly(2010, 6, 30));
        var second = new ReturnPeriod(new DateOnly(2011, 4, 1), new DateOnly(2011, 6, 30));

        var table = PerceptionTable.Build("kcvs", "ASB perception (KCVS)", values, "ASB perceived as a problem (KCVS)", "behaviour", "ASB Behaviour", "E07000109",
            first, second, [("Perceived high level of ASB (KCVS)", "% perceived high level of ASB")]);

        // Seed 000 lines 468-478 (the seed prints the change with a % sign; it is points).
        Assert.Equal(["ASB Behaviour", "Apr-Jun 10", "Apr-Jun 11", "Change (percentage points)"], table.Columns.Select(c => c.Header));
        Assert.Equal(
        [
            "Teenagers hanging around 28.2% 18.9% -9.3",
            "People drunk/rowdy in public 18.3% 16.0% -2.3",
            "Vandalism, graffiti or damage 25.6% 19.2% -6.4",
            "Rubbish or litter lying around 30.0% 24.0% -6.0",
            "Noisy neighbours 8.5% 5.7% -2.8",
            "People using or dealing drugs 14.6% 12.8% -1.8",
            "Abandoned or burnt out cars 5.0% 3.6% -1.4",
            "Fly-tipping 14.6% 13.5% -1.1",
            "Speeding vehicles u/a 22.3% u/a",
            "% perceived high level of ASB 9.4% 7.6% -1.8",
        ], Lines(table));
    }

    [Fact]
    public void The_probation_caseload_is_shown_as_shares()
    {
        var values = ReadSample("probation-caseload.csv").Values;
        var period = new ReturnPeriod(new DateOnly(2011, 4, 1), new DateOnly(2011, 9, 30));

        var sentence = ShareTable.Build("probation", "Probation caseload", values, "Probation caseload", "sentence", "Sentence", "E23000032", period);
        var requirement = ShareTable.Build("community", "Community cases", values, "Probation community cases", "requirement", "Requirement", "E23000032", period);
        var tiers = ShareTable.Build("tiers", "Caseload tiering", values, "Probation caseload by tier (%)", "tier", "Tier", "E23000032", period);

        // Seed 000 lines 958-964: Community 4500 (75%), Custody 1500 (25%) of 6000 offenders.
        Assert.Equal(["Community 4,500 75.0%", "Custody 1,500 25.0%", "Total 6,000 100.0%"], Lines(sentence));
        // Lines 969-981 print 66%, 22%, 11% (rounded down); of 4,500 they are 66.7%, 22.2% and 11.1%.
        Assert.Equal(["Supervision 3,000 66.7%", "Community Payback 1,000 22.2%", "Licence 500 11.1%", "Total 4,500 100.0%"], Lines(requirement));
        // Lines 1016-1031: 12% 30% 45% 13%.
        Assert.Equal(["1 12.0%", "2 30.0%", "3 45.0%", "4 13.0%"], Lines(tiers));
    }
}
