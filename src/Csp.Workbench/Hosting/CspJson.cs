using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Csp.Workbench.Hosting;

/// <summary>
/// The JSON of the product's contracts (<c>csp assess --format json</c>, <c>csp status --format json</c> and the web API):
/// camelCase names, enums as their names, text unescaped beyond what JSON needs (a finding keeps its "%" and "'").
/// Both hosts use these settings so that the CLI and the API write the same model.
/// </summary>
public static class CspJson
{
    /// <summary>Indented, for a person reading the CLI's output.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>The same model on one line, for the API.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>Applies the contract's settings to options a host owns (ASP.NET Core's HTTP JSON options).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.NumberHandling = JsonNumberHandling.AllowReadingFromString;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        if (!options.Converters.OfType<JsonStringEnumConverter>().Any()) options.Converters.Add(new JsonStringEnumConverter());
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = indented };
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
