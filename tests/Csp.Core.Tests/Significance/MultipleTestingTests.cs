using Csp.Core.Significance;

namespace Csp.Core.Tests.Significance;

public class MultipleTestingTests
{
    [Fact]
    public void Benjamini_Hochberg_matches_the_hand_worked_step_up()
    {
        // Sorted: 0.005 (x5/1 = 0.025), 0.01 (x5/2 = 0.025), 0.03 (x5/3 = 0.05), 0.04 (x5/4 = 0.05), 0.20 (x5/5 = 0.20);
        // running minimum from the largest keeps them.
        double[] p = [0.01, 0.04, 0.03, 0.005, 0.20];

        var adjusted = MultipleTesting.BenjaminiHochberg(p);

        Assert.Equal([0.025, 0.05, 0.05, 0.025, 0.2], adjusted.Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public void Bonferroni_multiplies_by_the_number_of_tests_and_caps_at_one()
    {
        Assert.Equal([0.05, 0.2, 0.15, 0.025, 1.0], MultipleTesting.Bonferroni([0.01, 0.04, 0.03, 0.005, 0.20]).Select(v => Math.Round(v, 12)));
    }

    [Fact]
    public void Both_corrections_equal_R_p_adjust_on_Gi_star_p_values()
    {
        // TestData/gistar_p_adjust.csv: p.adjust(p, "BH") and p.adjust(p, "bonferroni") in R 4.2.2.
        var rows = TestFiles.ReadNumericTable("gistar_p_adjust.csv").Rows;
        var p = rows.Select(r => r[0]).ToArray();

        var bh = MultipleTesting.Adjust(p, PValueCorrection.FalseDiscoveryRate);
        var bonferroni = MultipleTesting.Adjust(p, PValueCorrection.Bonferroni);

        for (var i = 0; i < p.Length; i++)
        {
            Assert.Equal(rows[i][1], bh[i], 1e-15);
            Assert.Equal(rows[i][2], bonferroni[i], 1e-15);
        }
    }
}
