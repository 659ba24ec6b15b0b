using System.Collections.Concurrent;
using System.Numerics;

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

    /// <summary>Columns a <see cref="TransformColumns"/> call handles: two SIMD vectors of doubles.</summary>
    public static int ColumnBlock => 2 * Vector<double>.Count;

    /// <summary>
    /// Transforms the <see cref="ColumnBlock"/> adjacent columns starting at <paramref name="firstColumn"/> of a
    /// row-major array with <paramref name="stride"/> doubles per row and <paramref name="length"/> rows (a power of
    /// two), in place and in SIMD across the columns: no copying of strided columns. Inverse divides by length.
    /// </summary>
    public static void TransformColumns(double[] re, double[] im, int stride, int length, int firstColumn, bool inverse)
    {
        if (length <= 1) return;
        var (cos, sin, reverse) = Tables.GetOrAdd(length, Build);
        var w = Vector<double>.Count;
        for (var i = 0; i < length; i++)
        {
            var j = reverse[i];
            if (j <= i) continue;
            for (var v = 0; v < 2; v++)
            {
                var a = i * stride + firstColumn + v * w;
                var b = j * stride + firstColumn + v * w;
                var ra = new Vector<double>(re, a);
                var ia = new Vector<double>(im, a);
                new Vector<double>(re, b).CopyTo(re, a);
                new Vector<double>(im, b).CopyTo(im, a);
                ra.CopyTo(re, b);
                ia.CopyTo(im, b);
            }
        }
        var sign = inverse ? 1.0 : -1.0;
        for (var size = 2; size <= length; size <<= 1)
        {
            var half = size >> 1;
            var step = length / size;
            for (var k = 0; k < half; k++)
            {
                var wr = new Vector<double>(cos[k * step]);
                var wi = new Vector<double>(sign * sin[k * step]);
                for (var start = 0; start < length; start += size)
                {
                    var rowA = (start + k) * stride + firstColumn;
                    var rowB = rowA + half * stride;
                    for (var v = 0; v < 2; v++)
                    {
                        var a = rowA + v * w;
                        var b = rowB + v * w;
                        var br = new Vector<double>(re, b);
                        var bi = new Vector<double>(im, b);
                        var tr = br * wr - bi * wi;
                        var ti = br * wi + bi * wr;
                        var ar = new Vector<double>(re, a);
                        var ai = new Vector<double>(im, a);
                        (ar - tr).CopyTo(re, b);
                        (ai - ti).CopyTo(im, b);
                        (ar + tr).CopyTo(re, a);
                        (ai + ti).CopyTo(im, a);
                    }
                }
            }
        }
        if (inverse)
        {
            var scale = new Vector<double>(1.0 / length);
            for (var r = 0; r < length; r++)
            {
                for (var v = 0; v < 2; v++)
                {
                    var a = r * stride + firstColumn + v * w;
                    (new Vector<double>(re, a) * scale).CopyTo(re, a);
                    (new Vector<double>(im, a) * scale).CopyTo(im, a);
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
