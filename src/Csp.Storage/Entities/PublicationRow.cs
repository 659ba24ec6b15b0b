namespace Csp.Storage.Entities;

/// <summary>
/// Something the partnership published to the public page (0021, one table for every kind since 0025): the strategy,
/// Strategy on a Page, a performance report or the Case Review statistics, as the HTML the public page serves, frozen when
/// published. <see cref="Subject"/> is what it is about (the strategy version's id, the area's ONS code, the financial
/// year) and <see cref="Period"/> the period it covers (the strategy's "2016-19", "2025-Q2", "2024-04-01..2025-03-31").
/// </summary>
public sealed class PublicationRow
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public required string Subject { get; set; }
    public required string Period { get; set; }
    public required string Title { get; set; }
    public required string Html { get; set; }
    public required string PublishedBy { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public string? WithdrawnBy { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
}
