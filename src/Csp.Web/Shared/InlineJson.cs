using System.Text.Encodings.Web;
using System.Text.Json;
using Csp.Workbench.Hosting;

namespace Csp.Web.Shared;

/// <summary>
/// JSON for a <c>&lt;script type="application/json"&gt;</c> block in a page. Imported text (crime types, area and force names)
/// reaches it, so &lt;, &gt;, &amp;, quotes and everything outside ASCII are written as \u escapes: no imported string can end
/// the script element or open an HTML comment inside it (<c>&lt;!--&lt;script&gt;</c> would swallow the rest of the page).
/// </summary>
public static class InlineJson
{
    private static readonly JsonSerializerOptions Options = new(CspJson.Compact) { Encoder = JavaScriptEncoder.Default };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
