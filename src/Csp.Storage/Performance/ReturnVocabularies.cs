using Csp.Core.Performance;
using Csp.Ingest.Returns;

namespace Csp.Storage.Performance;

/// <summary>
/// What a return may name: the imported districts, partnerships, force areas and countries (never a ward or LSOA: returned
/// figures are shown to every role, unsuppressed, so they are for areas whose counts are published), the configured extra
/// areas, the measures.
/// </summary>
internal static class ReturnVocabularies
{
    public static ReturnVocabulary Build(CspDatabase database, IReadOnlyList<Measure> measures, IReadOnlyList<ReturnArea> extraAreas, CancellationToken cancellationToken)
    {
        var vocabulary = new ReturnVocabulary();
        using (var connection = database.OpenConnectionAsync(cancellationToken).GetAwaiter().GetResult())
        {
            var areas = Sql.Query(connection, null, "SELECT code, name, level FROM areas WHERE level IN ('Country', 'ForceArea', 'CommunitySafetyPartnership', 'District')", r => (Code: r.GetString(0), Name: r.GetString(1), Level: r.GetString(2)));
            foreach (var a in areas.OrderBy(a => Rank(a.Level)).ThenBy(a => a.Code, StringComparer.Ordinal)) vocabulary.AddArea(a.Code, a.Name);
        }
        foreach (var a in extraAreas) vocabulary.AddArea(a.Code, a.Name, [.. a.Aliases]);
        foreach (var m in measures) vocabulary.AddMeasure(m.Name, m.Unit);
        return vocabulary;
    }

    private static int Rank(string level) => level switch
    {
        "Country" => 0,
        "ForceArea" => 1,
        "CommunitySafetyPartnership" => 2,
        "District" => 3,
        "Ward" => 4,
        _ => 5,
    };
}
