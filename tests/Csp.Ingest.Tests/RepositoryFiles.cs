namespace Csp.Ingest.Tests;

/// <summary>Files of the repository (the bundled sample data) and of the test output (TestData), found without relying on the working directory.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Csp.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Csp.slnx.");
    });

    public static string Root => RootPath.Value;

    /// <summary>A path under data/sample, e.g. Sample("police-uk", "kent", "2022-01-kent-street.csv.gz").</summary>
    public static string Sample(params string[] parts) => Path.Combine([Root, "data", "sample", .. parts]);

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>Opens a file, decompressing it when its name ends with .gz.</summary>
    public static Stream Open(string path)
    {
        var file = File.OpenRead(path);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress)
            : file;
    }
}
