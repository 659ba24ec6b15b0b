using Csp.Core.Areas;
using Csp.Storage.Areas;
using Csp.Reporting.GeoJson;
using Csp.Storage;

namespace Csp.Cli.Commands;

/// <summary>The <c>--area</c> of the analysis commands: resolved once, the same way, with the same messages.</summary>
internal static class AreaArgument
{
    /// <returns>The area, or null after telling the user why there is none (exit with <see cref="ExitCodes.InputRejected"/>).</returns>
    public static async Task<Area?> ResolveAsync(CspDbContext context, string query, CancellationToken cancellationToken)
    {
        var (chosen, others, suggestions) = await AreaDirectory.ResolveAsync(context, query, cancellationToken).ConfigureAwait(false);
        if (chosen is null)
        {
            Console.Error.WriteLine(suggestions.Count == 0
                ? $"error: no area has the code or name '{query}' (./csp areas NAME searches; ./csp import geography PATH loads the lookups)."
                : $"error: no area is called '{query}'. Did you mean: {string.Join(", ", suggestions.Take(8).Select(a => $"{a.Name} ({a.Code}, {a.Level})"))}?");
            return null;
        }
        if (others.Count > 0)
        {
            Console.Error.WriteLine($"note: '{query}' names {others.Count + 1} areas; using the {chosen.Level} {chosen.Code}. Give the code to choose another ({string.Join(", ", others.Select(a => $"{a.Code} {a.Level}"))}).");
        }
        return chosen;
    }
}
