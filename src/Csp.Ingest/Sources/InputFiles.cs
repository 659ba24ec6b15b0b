using System.IO.Compression;

namespace Csp.Ingest.Sources;

/// <summary>Expands what a user names (files, folders, .zip and .gz archives) into the files to import, in a stable order.</summary>
public static class InputFiles
{
    /// <summary>
    /// A folder is searched recursively for files whose names end with one of <paramref name="extensions"/> (as plain,
    /// <c>.gz</c> or inside a <c>.zip</c>); a named file is taken whatever its extension, so that a wrongly named file is
    /// reported rather than silently ignored. Paths that do not exist are returned in <paramref name="missing"/>.
    /// </summary>
    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> paths, IReadOnlyList<string> extensions, out IReadOnlyList<string> missing)
    {
        var result = new List<InputFile>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Matches(f, extensions) || f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files) AddFile(file, extensions, result);
            }
            else if (File.Exists(path))
            {
                AddFile(path, extensions, result);
            }
            else
            {
                notFound.Add(path);
            }
        }
        missing = notFound;
        return result;
    }

    private static bool Matches(string name, IReadOnlyList<string> extensions) =>
        extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase) || name.EndsWith(e + ".gz", StringComparison.OrdinalIgnoreCase));

    private static void AddFile(string path, IReadOnlyList<string> extensions, List<InputFile> result)
    {
        var length = new FileInfo(path).Length;
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) && IsZip(path))
        {
            ZipArchive archive;
            try
            {
                archive = ZipFile.OpenRead(path);
            }
            catch (InvalidDataException e)
            {
                // A zip cut off loses its directory (at the end): report the archive as a file that cannot be read.
                var message = $"the .zip archive cannot be read ({e.Message}): it is truncated or corrupt";
                result.Add(new InputFile(path, length, () => new ProgressStream(new UnreadableStream(message), () => 0)));
                return;
            }
            using var _ = archive;
            foreach (var entry in archive.Entries.Where(e => e.Length > 0 || e.Name.Length > 0).Where(e => Matches(e.FullName, extensions)).OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var fullName = entry.FullName;
                var compressed = entry.CompressedLength;
                result.Add(new InputFile($"{path}!{fullName}", compressed, () => OpenZipEntry(path, fullName)));
            }
            return;
        }
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            result.Add(new InputFile(path, length, () =>
            {
                var file = File.OpenRead(path);
                return new ProgressStream(new GzipLengthCheck(file), () => file.Position, file);
            }));
            return;
        }
        result.Add(new InputFile(path, length, () =>
        {
            var file = File.OpenRead(path);
            return new ProgressStream(file, () => file.Position);
        }));
    }

    private static bool IsZip(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var file = File.OpenRead(path);
        return file.Read(magic) == 4 && magic[0] == (byte)'P' && magic[1] == (byte)'K';
    }

    private static ProgressStream OpenZipEntry(string path, string fullName)
    {
        var archive = ZipFile.OpenRead(path);
        var entry = archive.GetEntry(fullName) ?? throw new FileNotFoundException($"{fullName} is no longer in {path}.");
        var stream = entry.Open();
        var counter = new CountingStream(stream);
        var ratio = entry.Length == 0 ? 1.0 : (double)entry.CompressedLength / entry.Length;
        return new ProgressStream(counter, () => (long)(counter.Count * ratio), archive);
    }
}
