using System.Text;
using Csp.Core.Imports;
using Csp.Core.Performance;
using Csp.Ingest.Performance;
using Csp.Ingest.Returns;

namespace Csp.Ingest.Tests.Returns;

/// <summary>The measures of data/config/measures.csv and the areas the sample returns name, and a helper that reads a return whole.</summary>
internal static class ReturnFiles
{
    public static readonly Lazy<IReadOnlyList<Measure>> Measures = new(() =>
    {
        using var file = File.OpenRead(Path.Combine(RepositoryFiles.Root, "data", "config", "measures.csv"));
        var (measures, issues) = MeasureCsvReader.Read(file, "measures.csv");
        Assert.Empty(issues);
        return measures;
    });

    public static ReturnVocabulary Vocabulary()
    {
        var vocabulary = new ReturnVocabulary()
            .AddArea("E23000032", "Kent")
            .AddArea("E10000016", "Kent County Council")
            .AddArea("E22000352", "Dartford and Gravesham")
            .AddArea("E07000107", "Dartford")
            .AddArea("E07000109", "Gravesham");
        foreach (var m in Measures.Value) vocabulary.AddMeasure(m.Name, m.Unit);
        return vocabulary;
    }

    public sealed record Read(List<ReturnValue> Values, List<ImportIssue> Issues, List<ImportIssue> Warnings, ImportIssue? FileError, ReturnReader Reader);

    public static Read ReadText(string csv, ReturnMapping? mapping = null, ReturnReaderOptions? options = null, string name = "return.csv") =>
        ReadStream(new MemoryStream(Encoding.UTF8.GetBytes(csv)), name, mapping, options);

    public static Read ReadStream(Stream stream, string name, ReturnMapping? mapping = null, ReturnReaderOptions? options = null)
    {
        using var reader = ReturnReader.Open(stream, name, Vocabulary(), mapping, options);
        var values = reader.Values().ToList();
        return new Read(values, reader.TakeIssues(), reader.TakeWarnings(), reader.FileError, reader);
    }

    public static Read ReadSample(string name, ReturnMapping? mapping = null)
    {
        using var file = File.OpenRead(RepositoryFiles.Sample("returns", name));
        return ReadStream(file, name, mapping);
    }

    public static ReturnMapping Mapping(string name)
    {
        using var file = File.OpenRead(RepositoryFiles.Sample("returns", name));
        var (mapping, issues) = ReturnMapping.Read(file, name);
        Assert.Empty(issues);
        return mapping!;
    }
}
