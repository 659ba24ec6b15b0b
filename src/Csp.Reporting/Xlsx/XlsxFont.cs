namespace Csp.Reporting.Xlsx;

/// <summary>The few fonts a workbook uses, all Arial: the index of each in the styles part is its value.</summary>
internal enum XlsxFont
{
    Normal,
    Bold,
    /// <summary>Bold white, on the dark blue header fill.</summary>
    Header,
    /// <summary>The sheet's title in row 1.</summary>
    Title,
    Link,
    /// <summary>Notes under a table: small and grey.</summary>
    Note,
    Subtitle,
}
