using Csp.Core.Briefing;
using Csp.Core.NearRepeat;

namespace Csp.Core.Tests.Briefing;

public sealed class NearRepeatSignatureTests
{
    private static KnoxTestResult Table(double[,] p)
    {
        var space = DistanceBands.FromBreaks(0, 1, 101, 201, 301, double.PositiveInfinity);
        var time = DistanceBands.FromBreaks(0, 8, 15, 22, double.PositiveInfinity);
        var cells = new List<KnoxCell>();
        for (var s = 0; s < space.Count; s++)
        {
            for (var t = 0; t < time.Count; t++)
            {
                cells.Add(new KnoxCell(space.From(s), space.To(s), time.From(t), time.To(t), 10, 5, p[s, t] < 0.05 ? 2.0 : 1.0, p[s, t]));
            }
        }
        return new KnoxTestResult(new KnoxTestOptions(space, time), 100, cells);
    }

    [Fact]
    public void The_signature_reaches_the_furthest_significant_cells_joined_to_the_first_week()
    {
        var p = new double[5, 4]
        {
            { 0.001, 0.01, 0.5, 0.5 }, // same place: to 14 days
            { 0.001, 0.5, 0.5, 0.5 },  // 1-100 m in the first week
            { 0.01, 0.5, 0.5, 0.5 },   // 101-200 m in the first week
            { 0.5, 0.5, 0.5, 0.01 },   // 201-300 m, open-ended days: never part of a signature
            { 0.5, 0.5, 0.01, 0.5 },   // beyond 301 m: open-ended space
        };

        var signature = NearRepeatSignature.FromKnox("Burglary - residential", Table(p));

        // [101, 201) m and [8, 15) days: less than 201 m, up to 14 whole days.
        Assert.Equal(new NearRepeatSignature("Burglary - residential", 201, 14), signature);
    }

    [Fact]
    public void A_lone_significant_cell_away_from_the_first_week_makes_no_signature()
    {
        var p = new double[5, 4];
        for (var s = 0; s < 5; s++) for (var t = 0; t < 4; t++) p[s, t] = 0.5;
        p[2, 2] = 0.001;

        Assert.Null(NearRepeatSignature.FromKnox("Burglary - residential", Table(p)));
    }
}
