namespace Csp.Storage.Entities;

/// <summary>A document as the partnership published it (0022): the HTML the public page serves, frozen when published.</summary>
public sealed class PublicationRow
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public long StrategyId { get; set; }
    public required string Title { get; set; }
    public required string Html { get; set; }
    public required string PublishedBy { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public string? WithdrawnBy { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
}
