namespace Csp.Storage.Entities;

/// <summary>A performance report or Case Review statistics as the partnership published them (0021): the HTML the public page serves, frozen when published.</summary>
public sealed class PublishedSummaryRow
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
