using System.Collections.Concurrent;

namespace Csp.Core.HotSpots;

/// <summary>In-place radix-2 complex FFT on separate real and imaginary arrays, lengths a power of two.</summary>
/// <remarks>Forward uses exp(-2πi jk / n); <see cref="Inverse"/> uses exp(+2πi jk / n) and divides by n.</remarks>
internal static class Fft
{
    private static readonly ConcurrentDictionary<int, (double[] Cos, double[] Sin, int[] Reverse)> Tables = new();

    public static int NextPowerOfTwo(int value)
    {
        var p = 1;
        while (p < value) p <<= 1;
        return p;
    }

    public static void Forward(Span<double> re, Span<double> im) => Transform(re, im, inverse: false);

    public static void Inverse(Span<double> re, Span<double> im)
    {
        Transform(re, im, inverse: true);
        var scale = 1.0 / re.Length;
        for (var i = 0; i < re.Length; i++)
        {
            re[i] *= scale;
            im[i] *= scale;
        }
    }

    private static void Transform(Span<double> re, Span<double> im, bool inverse)
    {
        var n = re.Length;
        if (n <= 1) return;
        var (cos, sin, reverse) = Tables.GetOrAdd(n, Build);
        for (var i = 0; i < n; i++)
        {
            var j = reverse[i];
            if (j > i)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }
        var sign = inverse ? 1.0 : -1.0;
        for (var size = 2; size <= n; size <<= 1)
        {
            var half = size >> 1;
            var step = n / size;
            for (var start = 0; start < n; start += size)
            {
                for (var k = 0; k < half; k++)
                {
                    var wr = cos[k * step];
                    var wi = sign * sin[k * step];
                    var a = start + k;
                    var b = a + half;
                    var tr = re[b] * wr - im[b] * wi;
                    var ti = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }

    private static (double[] Cos, double[] Sin, int[] Reverse) Build(int n)
    {
        if ((n & (n - 1)) != 0) throw new ArgumentException("FFT length must be a power of two.", nameof(n));
        var cos = new double[n / 2];
        var sin = new double[n / 2];
        for (var k = 0; k < n / 2; k++)
        {
            cos[k] = Math.Cos(2 * Math.PI * k / n);
            sin[k] = Math.Sin(2 * Math.PI * k / n);
        }
        var bits = 0;
        while ((1 << bits) < n) bits++;
        var reverse = new int[n];
        for (var i = 0; i < n; i++)
        {
            var r = 0;
            for (var b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
            reverse[i] = r;
        }
        return (cos, sin, reverse);
    }
}
