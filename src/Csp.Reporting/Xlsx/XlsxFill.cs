namespace Csp.Reporting.Xlsx;

/// <summary>Cell fills. Excel reserves the first two fills (none and gray125), so the value is the index less two.</summary>
internal enum XlsxFill
{
    None,
    Header,
    /// <summary>A group row (Total crime).</summary>
    Group,
    /// <summary>The area's own row among its neighbours.</summary>
    Highlight,
}
