namespace Csp.Workbench.Meetings;

/// <summary>An agenda item: its number (null: the next), title, what the minutes say of it, and the paper it took (a title and the product's address of the report), if any.</summary>
public sealed record NewAgendaItem(int? Number, string Title, string? Notes, string? PaperTitle, string? PaperLink);
