using System.Text.Json;
using System.Text.Json.Serialization;

namespace Csp.Benchmarks;

/// <summary>The JSON of the benchmarks' --format json: camelCase, NaN (a run with no latencies) written as a string.</summary>
internal static class BenchJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
