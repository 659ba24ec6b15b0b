using Csp.Core.Imports;

namespace Csp.Ingest.Returns;

/// <summary>The rows of a return file, CSV or workbook, as text fields under a header.</summary>
internal interface IReturnRows : IDisposable
{
    string FileName { get; }

    ImportIssue? FileError { get; }

    /// <summary>True once the data has broken off before its end (a cut download): an issue at line 0 says where.</summary>
    bool Truncated { get; }

    IReadOnlyList<string> Header { get; }

    /// <summary>Finds the header (the first line of a CSV; the first row of a sheet holding every required column) and checks it.</summary>
    bool Open(IReadOnlyList<string> required);

    /// <summary>The position of a column, or -1.</summary>
    int Column(string name);

    /// <summary>Moves to the next data row; rows that cannot be read at all are reported through <see cref="TakeIssues"/>.</summary>
    bool Next();

    /// <summary>The line (CSV, where the record starts) or row number (sheet) of the current row.</summary>
    long Line { get; }

    /// <summary>A field's text, trimmed; false (with the issue recorded) when it cannot be decoded.</summary>
    bool TryText(int column, string fieldName, out string text);

    /// <summary>The current row as read, for the quarantine.</summary>
    string Raw();

    List<ImportIssue> TakeIssues();
}
