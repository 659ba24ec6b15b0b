using Csp.Core.Significance;

namespace Csp.Core.Tests.Significance;

public class SeededRandomTests
{
    [Fact]
    public void The_same_seed_and_stream_give_the_same_sequence_and_other_streams_differ()
    {
        var a = SeededRandom.ForStream(42, 7);
        var b = SeededRandom.ForStream(42, 7);
        var c = SeededRandom.ForStream(42, 8);

        var first = Enumerable.Range(0, 5).Select(_ => a.NextUInt64()).ToArray();

        Assert.Equal(first, Enumerable.Range(0, 5).Select(_ => b.NextUInt64()));
        Assert.NotEqual(first, Enumerable.Range(0, 5).Select(_ => c.NextUInt64()));
    }

    [Fact]
    public void Bounded_integers_cover_the_range_evenly()
    {
        // 60,000 draws from 6 faces: each face expects 10,000 with standard deviation about 91.
        var random = new SeededRandom(1);
        var faces = new int[6];
        for (var i = 0; i < 60_000; i++) faces[random.NextInt(6)]++;

        Assert.All(faces, count => Assert.InRange(count, 9_500, 10_500));
    }

    [Fact]
    public void A_shuffle_is_a_permutation()
    {
        var random = new SeededRandom(3);
        var values = Enumerable.Range(0, 1000).ToArray();

        random.Shuffle(values);

        Assert.Equal(Enumerable.Range(0, 1000), values.Order());
        Assert.NotEqual(Enumerable.Range(0, 1000), values);
    }

    [Fact]
    public void Doubles_fall_in_the_unit_interval()
    {
        var random = new SeededRandom(9);
        var draws = Enumerable.Range(0, 10_000).Select(_ => random.NextDouble()).ToArray();

        Assert.All(draws, d => Assert.InRange(d, 0.0, 0.9999999999999999));
        Assert.Equal(0.5, draws.Average(), 0.02);
    }
}
