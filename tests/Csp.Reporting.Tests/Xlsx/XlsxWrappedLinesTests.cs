using Csp.Reporting.Xlsx;

namespace Csp.Reporting.Tests.Xlsx;

/// <summary>How many lines a wrapped cell takes, worked by hand: the row heights of headers and paragraphs are set from it
/// (LibreOffice does not fit a row to wrapped text by itself), so a line too few cuts the text off.</summary>
public sealed class XlsxWrappedLinesTests
{
    [Theory]
    // "Change" (6) | "(percentage" (11) | "points)" (7): no two of them fit in 13 with the space between.
    [InlineData("Change (percentage points)", 13.3, 3)]
    // "No. change" is 10 characters: one line.
    [InlineData("No. change", 13.3, 1)]
    // "Per 1,000 pop" is 13 characters: one line in 13.3.
    [InlineData("Per 1,000 pop", 13.3, 1)]
    // "% repeat" (8) then "victims" (7): 16 with the space, so two lines.
    [InlineData("% repeat victims", 13.3, 2)]
    // A word of 30 characters in lines of 10 fills three lines, so "ab" goes on a fourth.
    [InlineData("abcdefghijabcdefghijabcdefghij ab", 10, 4)]
    [InlineData("", 10, 1)]
    public void A_line_wraps_at_word_boundaries(string line, double charsPerLine, int lines) =>
        Assert.Equal(lines, XlsxSheet.WrappedLines(line, charsPerLine));
}
