using Csp.Core.Consultation;

namespace Csp.Ingest.Consultation;

/// <summary>
/// What one column of an export holds. <see cref="Option"/> null: the cell is the answer's text (for a ranked choice
/// bound to the whole question, the choices in order separated by ';', as Microsoft Forms exports a ranking).
/// <see cref="Option"/> set: one column per option (Citizen Space style): a ticked cell ("1", "Yes", "x", the option's
/// text) chooses that option; for a ranked choice the cell is the rank (1, 2).
/// </summary>
internal sealed record ColumnBinding(string Column, AnswerKey Key, string? Option = null);
