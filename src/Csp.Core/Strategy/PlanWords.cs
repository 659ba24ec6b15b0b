namespace Csp.Core.Strategy;

/// <summary>The words files, forms and pages use for RAG ratings and action statuses.</summary>
public static class PlanWords
{
    public static bool TryRag(string? text, out Rag rag)
    {
        rag = Rag.NotRated;
        var t = text?.Trim() ?? "";
        if (t.Length == 0 || t.Equals("not rated", StringComparison.OrdinalIgnoreCase) || t == "-") return true;
        switch (t.ToUpperInvariant())
        {
            case "G" or "GREEN": rag = Rag.Green; return true;
            case "A" or "AMBER": rag = Rag.Amber; return true;
            case "R" or "RED": rag = Rag.Red; return true;
            default: return Enum.TryParse(t, true, out rag) && Enum.IsDefined(rag);
        }
    }

    public static bool TryStatus(string? text, out ActionStatus status)
    {
        status = ActionStatus.NotStarted;
        var t = (text?.Trim() ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (t.Length == 0) return true;
        if (t.Equals("complete", StringComparison.OrdinalIgnoreCase)) t = nameof(ActionStatus.Completed);
        if (t.Equals("ongoing", StringComparison.OrdinalIgnoreCase)) t = nameof(ActionStatus.InProgress);
        return Enum.TryParse(t, true, out status) && Enum.IsDefined(status);
    }

    public static string Describe(Rag rag) => rag switch
    {
        Rag.NotRated => "Not rated",
        _ => rag.ToString(),
    };

    public static string Describe(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    public const string ExpectedRag = "Green, Amber, Red (or G, A, R), or empty for not rated";
    public const string ExpectedStatus = "not started, in progress, completed or discontinued";
}
