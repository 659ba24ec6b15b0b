using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Storage;
using Csp.Storage.Areas;

namespace Csp.Workbench.Areas;

/// <summary>
/// Finds the area a user names, by ONS code or by name, with the same rules and words on the command line and on the web:
/// a code known to the loaded data is answered from memory, a name is looked up in the database.
/// </summary>
public sealed class AreaFinder(CspDatabase database)
{
    public async Task<AreaMatch> FindAsync(string query, AreaModel? loaded, CancellationToken cancellationToken)
    {
        var text = query.Trim();
        if (loaded?.Find(text.ToUpperInvariant()) is { } byCode) return new AreaMatch(query, byCode, [], []);
        var (chosen, others, suggestions) = await AreaDirectory.ResolveAsync(database, text, cancellationToken).ConfigureAwait(false);
        return new AreaMatch(query, chosen is null ? null : loaded?.Find(chosen.Code) ?? chosen, others, suggestions);
    }
}
