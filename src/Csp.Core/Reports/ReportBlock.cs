namespace Csp.Core.Reports;

/// <summary>A block of a section. Renderers switch on the concrete type; a new kind of block is added here and in every renderer.</summary>
public abstract record ReportBlock;

/// <summary>A paragraph of text. <paramref name="Number"/> is the seeds' paragraph number ("2.3"), or null.</summary>
public sealed record ParagraphBlock(string Text, string? Number = null) : ReportBlock;

/// <summary>A heading inside a section ("Violent crime").</summary>
public sealed record SubheadingBlock(string Text) : ReportBlock;

/// <summary>A bulleted (or numbered) list, e.g. the recommendations or the generated findings.</summary>
public sealed record ListBlock(IReadOnlyList<string> Items, bool Numbered = false) : ReportBlock;

/// <summary>A note set apart from the text: a caveat (partial data) is <see cref="NoteKind.Warning"/>.</summary>
public sealed record NoteBlock(string Text, NoteKind Kind = NoteKind.Information) : ReportBlock;

public enum NoteKind
{
    Information,
    Warning,
}

public sealed record TableBlock(ReportTable Table) : ReportBlock;

/// <summary>A chart or a map: the blocks a reader would rather look at than read. Each carries a text alternative.</summary>
public abstract record FigureBlock(string Id, string Title, string Source, string AltText) : ReportBlock;

public sealed record ChartBlock(ReportChart Chart) : FigureBlock(Chart.Id, Chart.Title, Chart.Source, Chart.AltText);

public sealed record MapBlock(ReportMap Map) : FigureBlock(Map.Id, Map.Title, Map.Source, Map.AltText);
