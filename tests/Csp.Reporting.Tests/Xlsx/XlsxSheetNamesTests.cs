using Csp.Reporting.Xlsx;

namespace Csp.Reporting.Tests.Xlsx;

public sealed class XlsxSheetNamesTests
{
    [Theory]
    [InlineData("Violent crime", "Violent crime")]
    [InlineData("Kent/Medway: [2025]?", "Kent Medway 2025")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("A name that is far longer than Excel's limit of 31", "A name that is far longer than")]
    [InlineData("***", "Sheet")]
    [InlineData("Possession of weapons by district", "Possession of weapons by")]
    [InlineData("Antisocialbehaviourincidentsbyward2025", "Antisocialbehaviourincidentsbyw")]
    public void A_name_loses_what_Excel_does_not_allow(string wanted, string expected)
    {
        Assert.Equal(expected, XlsxSheetNames.Valid(wanted));
        Assert.InRange(XlsxSheetNames.Valid(wanted).Length, 1, 31);
    }

    [Fact]
    public void A_name_already_taken_in_any_case_gets_a_number()
    {
        var names = new XlsxSheetNames();
        Assert.Equal("Contents", names.Claim("Contents"));
        Assert.Equal("CONTENTS (2)", names.Claim("CONTENTS"));
        Assert.Equal("History (2)", names.Claim("History"));
        var longName = new string('x', 40);
        Assert.Equal(new string('x', 31), names.Claim(longName));
        Assert.Equal(new string('x', 27) + " (2)", names.Claim(longName));
    }

    [Fact]
    public void A_reference_quotes_the_name_and_doubles_its_apostrophes() =>
        Assert.Equal("'Gravesham''s wards'!A1", XlsxSheetNames.Reference("Gravesham's wards"));
}
