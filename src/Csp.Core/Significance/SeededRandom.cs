namespace Csp.Core.Significance;

/// <summary>
/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64: a small, fast generator whose sequence is fixed
/// by this code rather than by the runtime, so a seeded permutation test gives the same answer on every .NET version.
/// </summary>
/// <remarks>
/// <see cref="ForStream"/> gives each permutation its own stream derived from (seed, stream number), so results do not
/// depend on how permutations are shared between threads.
/// </remarks>
internal struct SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public SeededRandom(ulong seed)
    {
        var sm = seed;
        _s0 = SplitMix(ref sm);
        _s1 = SplitMix(ref sm);
        _s2 = SplitMix(ref sm);
        _s3 = SplitMix(ref sm);
    }

    public static SeededRandom ForStream(int seed, long stream)
    {
        var mixed = Mix((ulong)(uint)seed + 0x9E3779B97F4A7C15UL);
        return new SeededRandom(Mix(mixed ^ (ulong)stream));
    }

    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform integer in [0, bound), bound ≥ 1, without modulo bias (Lemire's multiply-and-reject).</summary>
    public int NextInt(int bound)
    {
        var range = (ulong)(uint)bound;
        var m = (NextUInt64() >> 32) * range; // < 2^63: a 32-bit draw times a bound below 2^31
        var low = m & 0xFFFFFFFFUL;
        if (low < range)
        {
            var threshold = (0x1_0000_0000UL - range) % range;
            while (low < threshold)
            {
                m = (NextUInt64() >> 32) * range;
                low = m & 0xFFFFFFFFUL;
            }
        }
        return (int)(m >> 32);
    }

    /// <summary>Uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Fisher-Yates shuffle in place.</summary>
    public void Shuffle(Span<int> values)
    {
        for (var i = values.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
