using System.Runtime.CompilerServices;

namespace Csp.Core.Significance;

/// <summary>The standard normal distribution, for z-scores.</summary>
/// <remarks>
/// erfc from W. J. Cody, "Rational Chebyshev approximations for the error function", Mathematics of Computation 23
/// (1969) 631-638, with the coefficients of his SPECFUN routine CALERF: relative error below 1e-15 for all z.
/// </remarks>
internal static class StandardNormal
{
    private const double InverseSqrtPi = 5.6418958354775628695e-1;
    private const double InverseSqrt2 = 0.70710678118654752440;

    private static readonly double[] A = [3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02, 3.20937758913846947e03, 1.85777706184603153e-1];
    private static readonly double[] B = [2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03, 2.84423683343917062e03];
    private static readonly double[] C =
    [
        5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01, 2.98635138197400131e02,
        8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03, 1.23033935479799725e03,
        2.15311535474403846e-8,
    ];
    private static readonly double[] D =
    [
        1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02, 1.62138957456669019e03,
        3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03, 1.23033935480374942e03,
    ];
    private static readonly double[] P = [3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1, 1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2];
    private static readonly double[] Q = [2.56852019228982242e00, 1.87295284992346047e00, 5.27905102951428412e-1, 6.05183413124413191e-2, 2.33520497626869185e-3];

    /// <summary>P(Z ≤ z).</summary>
    public static double Cdf(double z) => 0.5 * Erfc(-z * InverseSqrt2);

    /// <summary>P(Z ≥ z), accurate far into the upper tail.</summary>
    public static double UpperTail(double z) => 0.5 * Erfc(z * InverseSqrt2);

    /// <summary>P(|Z| ≥ |z|): the two-sided p-value of a z-score (1 for z = 0).</summary>
    public static double TwoSidedPValue(double z) => Erfc(Math.Abs(z) * InverseSqrt2);

    /// <summary>The complementary error function 1 - erf(x).</summary>
    // Optimised on first use: a grid's Gi* p-values call it for thousands of distinct z-scores in one go, too soon for
    // tiered compilation to have promoted it (GetisOrdGiStar.Sweep).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Erfc(double x)
    {
        if (double.IsNaN(x)) return double.NaN;
        var y = Math.Abs(x);
        double result;
        if (y <= 0.46875)
        {
            var ysq = y > 1.11e-16 ? y * y : 0.0;
            var num = A[4] * ysq;
            var den = ysq;
            for (var i = 0; i < 3; i++)
            {
                num = (num + A[i]) * ysq;
                den = (den + B[i]) * ysq;
            }
            return 1.0 - x * (num + A[3]) / (den + B[3]);
        }
        if (y <= 4.0)
        {
            var num = C[8] * y;
            var den = y;
            for (var i = 0; i < 7; i++)
            {
                num = (num + C[i]) * y;
                den = (den + D[i]) * y;
            }
            result = (num + C[7]) / (den + D[7]);
        }
        else if (y >= 26.543)
        {
            result = 0.0;
        }
        else
        {
            var ysq = 1.0 / (y * y);
            var num = P[5] * ysq;
            var den = ysq;
            for (var i = 0; i < 4; i++)
            {
                num = (num + P[i]) * ysq;
                den = (den + Q[i]) * ysq;
            }
            result = ysq * (num + P[4]) / (den + Q[4]);
            result = (InverseSqrtPi - result) / y;
        }
        // exp(-y²) split as exp(-s²)·exp(-(y - s)(y + s)) with s = y rounded down to 1/16, to keep its precision.
        var s = Math.Truncate(y * 16.0) / 16.0;
        result = Math.Exp(-s * s) * Math.Exp(-(y - s) * (y + s)) * result;
        return x < 0 ? 2.0 - result : result;
    }
}
