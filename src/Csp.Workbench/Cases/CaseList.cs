namespace Csp.Workbench.Cases;

/// <summary>A page of a case list, newest first; <see cref="Total"/> counts the whole list.</summary>
public sealed record CaseList(IReadOnlyList<CaseListRow> Rows, int Total, int Page, int PageSize)
{
    public bool HasMore => Page * PageSize < Total;
}
