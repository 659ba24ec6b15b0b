namespace Csp.Core.Performance;

internal static class RagStatuses
{
    /// <summary>The <c>status</c> of a performance row: "green", "amber", "red", "not rated".</summary>
    public static string Label(this RagStatus status) => status switch
    {
        RagStatus.Green => "green",
        RagStatus.Amber => "amber",
        RagStatus.Red => "red",
        _ => "not rated",
    };

    /// <summary>The worse of two statuses (red over amber over green); not rated gives way to any rating.</summary>
    public static RagStatus Worse(RagStatus a, RagStatus b)
    {
        if (a == RagStatus.NotRated) return b;
        if (b == RagStatus.NotRated) return a;
        return (RagStatus)Math.Max((int)a, (int)b);
    }
}
