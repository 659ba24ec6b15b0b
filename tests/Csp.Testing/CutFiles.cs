using System.IO.Compression;
using System.Text;

namespace Csp.Testing;

/// <summary>Files that break off, made from real ones: what a stopped download leaves.</summary>
public static class CutFiles
{
    /// <summary>The first <paramref name="share"/> of a file's bytes, as <paramref name="name"/> in a new temporary folder.</summary>
    public static string Head(string path, double share, string? name = null)
    {
        var bytes = File.ReadAllBytes(path);
        var target = Path.Combine(Directory.CreateTempSubdirectory("csp-cut-").FullName, name ?? Path.GetFileName(path));
        File.WriteAllBytes(target, bytes[..(int)(bytes.Length * share)]);
        return target;
    }

    /// <summary>
    /// The decompressed lines of a file up to <paramref name="lines"/> (header included), gzip-compressed with a flush after
    /// each line, then cut after the last: the data ends exactly at a line break, so only the length the gzip file records
    /// can tell that it is not whole.
    /// </summary>
    public static string GzipCutAtLineBreak(string gzPath, int lines, string? name = null)
    {
        var target = Path.Combine(Directory.CreateTempSubdirectory("csp-cut-").FullName, name ?? Path.GetFileName(gzPath));
        using var source = new StreamReader(new GZipStream(File.OpenRead(gzPath), CompressionMode.Decompress), new UTF8Encoding(false));
        long cut = 0;
        using (var file = File.Create(target))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            for (var i = 0; i < lines + 1 && source.ReadLine() is { } line; i++)
            {
                gzip.Write(Encoding.UTF8.GetBytes(line + "\n"));
                gzip.Flush();
                if (i == lines - 1) cut = file.Position;
            }
        }
        var bytes = File.ReadAllBytes(target);
        File.WriteAllBytes(target, bytes[..(int)cut]);
        return target;
    }
}
