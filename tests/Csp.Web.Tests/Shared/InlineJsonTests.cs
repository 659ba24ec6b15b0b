using System.Text.Json;
using Csp.Web.Shared;

namespace Csp.Web.Tests.Shared;

public sealed class InlineJsonTests
{
    public static TheoryData<string> Hostile => new()
    {
        "<!--<script>", "</script><img src=x id=pwned>", "<script>alert(1)</script>", "]]></x>", "a & b", "\u2028\u2029", "'\"`", "<![CDATA[",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Imported_text_in_a_page_s_inline_JSON_carries_no_character_that_HTML_reads_inside_a_script_element(string text)
    {
        // As the dashboard embeds a crime type, an area name and a force name.
        var json = InlineJson.Serialize(new { crimeTypes = new[] { text }, area = new { Name = text }, force = text });

        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.DoesNotContain('&', json);
        Assert.Equal(text, JsonDocument.Parse(json).RootElement.GetProperty("force").GetString());
    }
}
