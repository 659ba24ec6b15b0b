using Csp.Core.Imports;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Returns;

/// <summary>A CSV return (',' or ';' separated, UTF-8), streamed by the shared CSV reader; repeated texts are pooled.</summary>
internal sealed class CsvReturnRows(Stream stream, string fileName) : IReturnRows
{
    private readonly CsvInput _csv = new(stream, fileName, delimiter: 0);
    private readonly StringPool _pool = new();

    public string FileName => fileName;

    public ImportIssue? FileError => _csv.FileError;

    public bool Truncated => _csv.Truncated;

    public IReadOnlyList<string> Header => _csv.Header;

    public long Line => _csv.Line;

    public bool Open(IReadOnlyList<string> required) => _csv.ReadHeader(required, ReturnReader.Description);

    public int Column(string name) => _csv.Column(name);

    public bool Next() => _csv.ReadRow();

    public bool TryText(int column, string fieldName, out string text) => _csv.TryText(column, fieldName, _pool, out text);

    public string Raw() => string.Join(",", Enumerable.Range(0, _csv.FieldCount).Select(i => System.Text.Encoding.UTF8.GetString(_csv.Bytes(i))));

    public List<ImportIssue> TakeIssues() => _csv.TakeIssues();

    public void Dispose() => _csv.Dispose();
}
