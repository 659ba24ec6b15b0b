using System.IO.Compression;
using System.Text;
using Csp.Ingest.Sources;

namespace Csp.Ingest.Tests.Sources;

public sealed class InputFilesTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("csp-inputfiles-");

    public void Dispose() => _root.Delete(recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private string WriteGzip(string relative, string text)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        gzip.Write(Encoding.UTF8.GetBytes(text));
        return path;
    }

    private string WriteZip(string relative, params (string Name, string? Text)[] entries)
    {
        var path = Path.Combine(_root.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in entries)
        {
            var entry = zip.CreateEntry(name);
            if (text is null) continue; // a folder entry
            using var writer = new StreamWriter(entry.Open());
            writer.Write(text);
        }
        return path;
    }

    private static string Content(InputFile file)
    {
        using var stream = file.Open();
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public void A_folder_is_searched_recursively_for_csv_gz_and_zip_files_in_a_stable_order()
    {
        var plain = Write("kent/2025-01-kent-street.csv", "a");
        var gz = WriteGzip("kent/2025/2025-02-kent-street.csv.gz", "b");
        var zip = WriteZip("kent/2025/more/2025-03.zip", ("2025-03/", null), ("2025-03/2025-03-kent-street.csv", "c"), ("2025-03/README.txt", "not data"));
        Write("kent/notes.txt", "not data");

        var files = InputFiles.Expand([_root.FullName], [".csv"], out var missing);

        Assert.Empty(missing);
        // Ordinal order of the paths: "kent/2025-01..." before "kent/2025/..." because '-' sorts before '/'.
        Assert.Equal([plain, gz, $"{zip}!2025-03/2025-03-kent-street.csv"], files.Select(f => f.Name));
        Assert.Equal(["a", "b", "c"], files.Select(Content));
    }

    [Fact]
    public void A_zip_archive_named_directly_gives_each_matching_member_as_archive_bang_member()
    {
        var zip = WriteZip("police.zip", ("2022-01/2022-01-kent-street.csv", "jan"), ("2022-02/2022-02-kent-street.csv", "feb"), ("2022-02/2022-02-kent-outcomes.txt", "x"));

        var files = InputFiles.Expand([zip], [".csv"], out _);

        Assert.Equal([$"{zip}!2022-01/2022-01-kent-street.csv", $"{zip}!2022-02/2022-02-kent-street.csv"], files.Select(f => f.Name));
        Assert.Equal(["jan", "feb"], files.Select(Content));
        Assert.Equal(["feb", "feb"], new[] { Content(files[1]), Content(files[1]) }); // may be opened more than once
    }

    [Fact]
    public void A_gzip_file_is_opened_decompressed_and_can_be_opened_again()
    {
        var text = "Crime ID,Month\r\nx,2025-01\r\n";
        var gz = WriteGzip("2025-01-kent-street.csv.gz", text);

        var file = Assert.Single(InputFiles.Expand([gz], [".csv"], out _));

        Assert.Equal(gz, file.Name);
        Assert.Equal(new FileInfo(gz).Length, file.CompressedLength);
        Assert.Equal(text, Content(file));
        Assert.Equal(text, Content(file));
    }

    [Fact]
    public void A_named_file_is_taken_whatever_its_extension_so_that_a_misnamed_file_is_reported_not_skipped()
    {
        var path = Write("2025-01-kent-street.txt", "a");

        Assert.Equal([path], InputFiles.Expand([path], [".csv"], out _).Select(f => f.Name));
    }

    [Fact]
    public void A_path_that_does_not_exist_is_reported_as_missing_and_the_rest_are_still_expanded()
    {
        var present = Write("2025-01-kent-street.csv", "a");
        var absent = Path.Combine(_root.FullName, "2025-02-kent-street.csv");

        var files = InputFiles.Expand([absent, present], [".csv"], out var missing);

        Assert.Equal([absent], missing);
        Assert.Equal([present], files.Select(f => f.Name));
    }
}
