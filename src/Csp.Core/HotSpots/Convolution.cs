using System.Numerics;

namespace Csp.Core.HotSpots;

/// <summary>
/// Linear (zero-padded, not wrapped) convolution of a row-major grid with a kernel that is symmetric in x and y.
/// Small kernels are applied directly with SIMD; large ones through FFTs padded so that nothing wraps round.
/// </summary>
internal static class Convolution
{
    /// <summary>Direct 1-D passes up to this many taps; FFT beyond.</summary>
    private const int DirectSeparableTaps = 96;

    /// <summary>Direct 2-D up to this many nonzero taps; FFT beyond.</summary>
    private const int DirectTaps = 1500;

    /// <summary>Convolve with kx ⊗ ky, each of odd length 2L + 1 centred on its middle.</summary>
    public static double[] Separable(double[] grid, int columns, int rows, double[] kx, double[] ky, ParallelOptions parallel)
    {
        var across = new double[grid.Length];
        ConvolveRows(grid, across, columns, rows, kx, parallel);
        var result = new double[grid.Length];
        if (ky.Length <= DirectSeparableTaps)
        {
            var ly = ky.Length / 2;
            Parallel.For(0, rows, parallel, r =>
            {
                var output = result.AsSpan(r * columns, columns);
                for (var l = -ly; l <= ly; l++)
                {
                    var source = r + l;
                    if (source < 0 || source >= rows) continue;
                    MultiplyAdd(output, across.AsSpan(source * columns, columns), ky[l + ly]);
                }
            });
        }
        else
        {
            var transposed = Transpose(across, columns, rows);
            var convolved = new double[grid.Length];
            ConvolveRows(transposed, convolved, rows, columns, ky, parallel);
            Transpose(convolved, rows, columns, result);
        }
        return result;
    }

    /// <summary>Convolve with a 2-D kernel of (2Ly + 1) rows of (2Lx + 1) taps, row-major, centred on its middle.</summary>
    public static double[] TwoDimensional(double[] grid, int columns, int rows, double[] kernel, int lx, int ly, ParallelOptions parallel)
    {
        var width = 2 * lx + 1;
        var taps = 0;
        foreach (var k in kernel)
        {
            if (k != 0) taps++;
        }
        if (taps <= DirectTaps) return Direct2D(grid, columns, rows, kernel, lx, ly, parallel);

        // One complex transform smooths two real images at once (the kernel's transform is real): the southern half
        // of the grid goes in the real part and the northern half in the imaginary part, each with the ly rows of
        // the other half that it needs, which halves the padded height.
        var southRows = (rows + 1) / 2;
        var southInput = Math.Min(rows, southRows + ly);
        var northStart = Math.Max(0, southRows - ly);
        var northInput = rows - northStart;
        var px = Fft.NextPowerOfTwo(columns + lx);
        var py = Fft.NextPowerOfTwo(Math.Max(southInput, northInput) + ly);
        var signalRe = new double[px * py];
        var signalIm = new double[px * py];
        for (var r = 0; r < southInput; r++) grid.AsSpan(r * columns, columns).CopyTo(signalRe.AsSpan(r * px, columns));
        for (var r = 0; r < northInput; r++) grid.AsSpan((northStart + r) * columns, columns).CopyTo(signalIm.AsSpan(r * px, columns));
        var kernelRe = new double[px * py];
        var kernelIm = new double[px * py];
        for (var dy = -ly; dy <= ly; dy++)
        {
            for (var dx = -lx; dx <= lx; dx++)
            {
                var wy = dy < 0 ? dy + py : dy;
                var wx = dx < 0 ? dx + px : dx;
                kernelRe[wy * px + wx] = kernel[(dy + ly) * width + dx + lx];
            }
        }
        var dataRows = Math.Max(southInput, northInput);
        Transform2D(signalRe, signalIm, px, py, r => r < dataRows, inverse: false, parallel);
        Transform2D(kernelRe, kernelIm, px, py, r => r <= ly || r >= py - ly, inverse: false, parallel);
        for (var i = 0; i < signalRe.Length; i++)
        {
            // The kernel is even, so its transform is real: only kernelRe matters.
            signalRe[i] *= kernelRe[i];
            signalIm[i] *= kernelRe[i];
        }
        Transform2D(signalRe, signalIm, px, py, r => r < Math.Max(southRows, northInput), inverse: true, parallel);
        var result = new double[grid.Length];
        for (var r = 0; r < southRows; r++) signalRe.AsSpan(r * px, columns).CopyTo(result.AsSpan(r * columns, columns));
        for (var r = southRows; r < rows; r++) signalIm.AsSpan((r - northStart) * px, columns).CopyTo(result.AsSpan(r * columns, columns));
        return result;
    }

    private static double[] Direct2D(double[] grid, int columns, int rows, double[] kernel, int lx, int ly, ParallelOptions parallel)
    {
        var width = 2 * lx + 1;
        var result = new double[grid.Length];
        Parallel.For(0, rows, parallel, r =>
        {
            var output = result.AsSpan(r * columns, columns);
            for (var dy = -ly; dy <= ly; dy++)
            {
                var source = r + dy;
                if (source < 0 || source >= rows) continue;
                var input = grid.AsSpan(source * columns, columns);
                var taps = kernel.AsSpan((dy + ly) * width, width);
                for (var dx = -lx; dx <= lx; dx++)
                {
                    var k = taps[dx + lx];
                    if (k == 0) continue;
                    Shifted(output, input, dx, k);
                }
            }
        });
        return result;
    }

    /// <summary>1-D convolution of every row, directly or by FFT with two rows packed into one complex transform.</summary>
    private static void ConvolveRows(double[] source, double[] target, int columns, int rows, double[] k, ParallelOptions parallel)
    {
        var l = k.Length / 2;
        if (k.Length <= DirectSeparableTaps)
        {
            Parallel.For(0, rows, parallel, r =>
            {
                var output = target.AsSpan(r * columns, columns);
                var input = source.AsSpan(r * columns, columns);
                for (var dx = -l; dx <= l; dx++) Shifted(output, input, dx, k[dx + l]);
            });
            return;
        }

        var p = Fft.NextPowerOfTwo(columns + l);
        var kernelRe = new double[p];
        var kernelIm = new double[p];
        for (var dx = -l; dx <= l; dx++) kernelRe[dx < 0 ? dx + p : dx] = k[dx + l];
        Fft.Forward(kernelRe, kernelIm);
        var pairs = (rows + 1) / 2;
        Parallel.For(0, pairs, parallel, () => (new double[p], new double[p]), (pair, _, scratch) =>
        {
            var (re, im) = scratch;
            Array.Clear(re);
            Array.Clear(im);
            var a = 2 * pair;
            var b = a + 1;
            source.AsSpan(a * columns, columns).CopyTo(re);
            if (b < rows) source.AsSpan(b * columns, columns).CopyTo(im);
            Fft.Forward(re, im);
            for (var i = 0; i < p; i++)
            {
                re[i] *= kernelRe[i];
                im[i] *= kernelRe[i];
            }
            Fft.Inverse(re, im);
            re.AsSpan(0, columns).CopyTo(target.AsSpan(a * columns, columns));
            if (b < rows) im.AsSpan(0, columns).CopyTo(target.AsSpan(b * columns, columns));
            return scratch;
        }, _ => { });
    }

    /// <summary>output[c] += k × input[c + shift] wherever c + shift is inside the row.</summary>
    private static void Shifted(Span<double> output, ReadOnlySpan<double> input, int shift, double k)
    {
        var n = output.Length;
        var from = Math.Max(0, -shift);
        var to = Math.Min(n, n - shift);
        if (to <= from) return;
        MultiplyAdd(output[from..to], input[(from + shift)..(to + shift)], k);
    }

    private static void MultiplyAdd(Span<double> output, ReadOnlySpan<double> input, double k)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && output.Length >= Vector<double>.Count)
        {
            var kv = new Vector<double>(k);
            for (; i <= output.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var o = new Vector<double>(output[i..]);
                (o + kv * new Vector<double>(input[i..])).CopyTo(output[i..]);
            }
        }
        for (; i < output.Length; i++) output[i] += k * input[i];
    }

    private static double[] Transpose(double[] source, int columns, int rows, double[]? target = null)
    {
        target ??= new double[source.Length];
        const int Block = 32;
        for (var r0 = 0; r0 < rows; r0 += Block)
        {
            for (var c0 = 0; c0 < columns; c0 += Block)
            {
                var r1 = Math.Min(rows, r0 + Block);
                var c1 = Math.Min(columns, c0 + Block);
                for (var r = r0; r < r1; r++)
                {
                    for (var c = c0; c < c1; c++) target[c * rows + r] = source[r * columns + c];
                }
            }
        }
        return target;
    }

    /// <summary>2-D FFT of a px × py array; only rows where <paramref name="activeRow"/> holds have data (forward) or are needed (inverse).</summary>
    private static void Transform2D(double[] re, double[] im, int px, int py, Func<int, bool> activeRow, bool inverse, ParallelOptions parallel)
    {
        if (!inverse) RowTransforms();
        var block = Fft.ColumnBlock;
        if (px % block == 0)
        {
            Parallel.For(0, px / block, parallel, b => Fft.TransformColumns(re, im, px, py, b * block, inverse));
        }
        else
        {
            Parallel.For(0, px, parallel, () => (new double[py], new double[py]), (c, _, scratch) =>
            {
                var (cr, ci) = scratch;
                for (var r = 0; r < py; r++)
                {
                    cr[r] = re[r * px + c];
                    ci[r] = im[r * px + c];
                }
                if (inverse) Fft.Inverse(cr, ci);
                else Fft.Forward(cr, ci);
                for (var r = 0; r < py; r++)
                {
                    re[r * px + c] = cr[r];
                    im[r * px + c] = ci[r];
                }
                return scratch;
            }, _ => { });
        }
        if (inverse) RowTransforms();

        void RowTransforms() => Parallel.For(0, py, parallel, r =>
        {
            if (!activeRow(r)) return;
            var rowRe = re.AsSpan(r * px, px);
            var rowIm = im.AsSpan(r * px, px);
            if (inverse) Fft.Inverse(rowRe, rowIm);
            else Fft.Forward(rowRe, rowIm);
        });
    }
}
