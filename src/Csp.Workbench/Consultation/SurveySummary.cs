namespace Csp.Workbench.Consultation;

/// <summary>A survey in the list (<c>csp survey list --format json</c>: id, title, responses, opens, closes).</summary>
public sealed record SurveySummary(string Id, string Title, int Responses, DateOnly Opens, DateOnly Closes)
{
    public string? AreaCode { get; init; }

    /// <summary>The bundled sample: reconstructed responses, not real.</summary>
    public bool Demo { get; init; }

    /// <summary>Built in the survey builder and not opened yet: the public form does not show it.</summary>
    public bool Draft { get; init; }
}
