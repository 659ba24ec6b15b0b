using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Csp.Ingest.PoliceUk;

namespace Csp.Ingest.Tests.PoliceUk;

public sealed class DecimalDegreesTests
{
    [Theory]
    [InlineData("0.368000", 0.368)]
    [InlineData("-0.368000", -0.368)]
    [InlineData("51.441000", 51.441)]
    [InlineData("+1.5", 1.5)]
    [InlineData("52", 52.0)]
    [InlineData(".5", 0.5)]
    [InlineData("123456789012345", 123456789012345.0)]
    public void A_plain_decimal_is_the_double_a_full_parser_gives(string text, double expected)
    {
        Assert.True(DecimalDegrees.TryParse(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("0")]
    [InlineData("-0.000")]
    [InlineData("1e5")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData("52.")]
    [InlineData(" 1.5")]
    [InlineData("1234567890123456")]
    [InlineData("NaN")]
    public void Anything_else_is_left_to_the_full_parser(string text) =>
        Assert.False(DecimalDegrees.TryParse(Encoding.ASCII.GetBytes(text), out _));

    [Fact]
    public void A_hundred_thousand_random_coordinates_parse_to_exactly_what_the_full_parser_gives()
    {
        var random = new Random(20261122);
        for (var n = 0; n < 100_000; n++)
        {
            var places = random.Next(0, 12);
            var degrees = Math.Round((random.NextDouble() * 2 - 1) * Math.Pow(10, random.Next(0, 4)), places);
            var text = degrees.ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var bytes = Encoding.ASCII.GetBytes(text);
            Assert.True(Utf8Parser.TryParse(bytes, out double full, out _));
            if (DecimalDegrees.TryParse(bytes, out var fast)) Assert.True(BitConverter.DoubleToInt64Bits(full) == BitConverter.DoubleToInt64Bits(fast), text);
        }
    }
}
