namespace Csp.Core.Imports;

/// <summary>Something wrong with one row (or the whole file) of an input, named so that a person can find and fix it.</summary>
/// <param name="File">The file as the user named it; for an archive member, <c>archive.zip!member.csv</c>.</param>
/// <param name="Line">The 1-based physical line where the row starts; 0 when the problem is with the whole file.</param>
/// <param name="Field">The column name, or null when the problem is the row or file as a whole.</param>
/// <param name="Raw">The row's text as read (invalid bytes shown as U+FFFD), kept in quarantine so nothing is lost.</param>
public sealed record ImportIssue(string File, long Line, string? Field, string Message, string? Raw = null)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}, line {Line}" : File;
        return Field is null ? $"{where}: {Message}" : $"{where}, field '{Field}': {Message}";
    }
}
