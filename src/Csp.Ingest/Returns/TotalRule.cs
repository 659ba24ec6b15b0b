namespace Csp.Ingest.Returns;

/// <summary>
/// A total that must equal the sum of its parts where the total and every part are given for the same measure, area,
/// period and other breakdown: by default sex, All = Female + Male (seed 000's youth justice table).
/// </summary>
internal sealed record TotalRule(string Key, string Total, IReadOnlyList<string> Parts)
{
    public static readonly TotalRule Sex = new("sex", "All", ["Female", "Male"]);
}
