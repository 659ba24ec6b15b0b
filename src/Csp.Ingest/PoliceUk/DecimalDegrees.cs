namespace Csp.Ingest.PoliceUk;

/// <summary>
/// The fast path for police.uk coordinates, which are plain decimals such as <c>-0.368000</c> or <c>51.441000</c>: at most
/// 15 significant digits and no exponent. Such a number is its digits as an integer (exact in a double below 2^53) divided
/// by a power of ten (exact up to 10^22), and IEEE division rounds that quotient once, correctly: the same double as a full
/// decimal parser gives. Anything else (an exponent, more digits, a zero) is left to the full parser.
/// </summary>
internal static class DecimalDegrees
{
    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    public static bool TryParse(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (i < text.Length && text[i] is (byte)'-' or (byte)'+')
        {
            negative = text[i] == (byte)'-';
            i++;
        }
        long mantissa = 0;
        int digits = 0, fraction = -1;
        for (; i < text.Length; i++)
        {
            var b = text[i];
            if (b == (byte)'.')
            {
                if (fraction >= 0) return false;
                fraction = 0;
                continue;
            }
            var digit = b - (byte)'0';
            if ((uint)digit > 9) return false;
            if (mantissa != 0 || digit != 0) digits++;
            if (digits > 15) return false;
            mantissa = mantissa * 10 + digit;
            if (fraction >= 0) fraction++;
        }
        // No digits, a lone point, or zero (whose sign the full parser keeps): not this path.
        if (mantissa == 0 || fraction == 0) return false;
        var scale = Math.Max(fraction, 0);
        if (scale >= PowersOfTen.Length) return false;
        value = mantissa / PowersOfTen[scale];
        if (negative) value = -value;
        return true;
    }
}
