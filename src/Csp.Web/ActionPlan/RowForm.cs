using Csp.Core.Strategy;
using Csp.Workbench.Strategy;

namespace Csp.Web.ActionPlan;

/// <summary>
/// The fields of the edit and add forms as posted (names as <see cref="ActionRowFields"/>), what the forms offer, and
/// the errors of a refused post by field.
/// </summary>
public sealed class RowForm
{
    public string? Action { get; set; }
    public IReadOnlyList<string> Groups { get; set; } = [];
    public IReadOnlyList<string> Priorities { get; set; } = [];
    /// <summary>Priorities the lists do not offer, typed (separated by ';' or ',').</summary>
    public string? OtherPriorities { get; set; }
    public string? Owner { get; set; }
    public string? Lead { get; set; }
    public string? Start { get; set; }
    public string? Due { get; set; }
    public string? Status { get; set; }
    public string? Rag { get; set; }

    public ActionPlanChoices Choices { get; set; } = null!;

    /// <summary>A refused post's errors: the field (an input's name; empty when none) and the message naming it, in the order the use case gave them.</summary>
    public List<(string Field, string Message)> Errors { get; } = [];

    /// <summary>What is wrong with a field, as said beside it (its label is already there).</summary>
    private readonly List<FieldError> _byField = [];

    public string? ErrorOf(string field) => _byField.Where(e => e.Field == field).Select(e => Capitalised(e.Message)).FirstOrDefault();

    private static string Capitalised(string message) => message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..];

    public ActionRowEdit ToEdit() => new(Action, Groups, [.. Priorities, OtherPriorities ?? ""], Owner, Lead, Start, Due, Status, Rag);

    public void Refused(PlanChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.FieldErrors.Count == 0) Errors.AddRange(change.Errors.Select(e => ("", e)));
        Errors.AddRange(change.FieldErrors.Select(e => (e.Field, e.ToString())));
        _byField.AddRange(change.FieldErrors);
    }

    public static RowForm Of(ActionPlanItem item, ActionPlanChoices choices)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new RowForm
        {
            Action = item.Action, Groups = item.Groups, Priorities = item.Priorities, Owner = item.OwnerAgency, Lead = item.Lead,
            Start = item.StartOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Due = item.DueOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Status = item.Status.ToString(), Rag = item.Rag.ToString(), Choices = choices,
        };
    }
}
