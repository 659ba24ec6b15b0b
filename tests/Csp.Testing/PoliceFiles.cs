using System.IO.Compression;
using System.Text;

namespace Csp.Testing;

/// <summary>Builds small police.uk files for tests and counts rows of real ones independently of the product's parser.</summary>
public static class PoliceFiles
{
    public const string Header = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context";

    public static string Crime(string id, string month = "2025-01", string type = "Burglary", string lon = "0.368", string lat = "51.441") =>
        $"{id},{month},Kent Police,Kent Police,{lon},{lat},On or near Windmill Street,E01024102,Gravesham 004A,{type},Under investigation,";

    public static string Asb(string month = "2025-01") =>
        $",{month},Kent Police,Kent Police,0.368,51.441,On or near Windmill Street,E01024102,Gravesham 004A,Anti-social behaviour,,";

    public static string Write(string directory, string name, params string[] rows)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n", new UTF8Encoding(false));
        return path;
    }

    /// <summary>Data rows of a (gzip) police.uk file: its lines less the header, counted with a plain line reader.</summary>
    public static long CountRows(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        long lines = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) lines++;
        }
        return lines - 1;
    }

    /// <summary>
    /// One big file of the twelve bundled months of Kent 2025 (~180,000 rows) in <paramref name="directory"/>, so that a
    /// kill lands inside its import's transaction; with its row count.
    /// </summary>
    public static async Task<(string File, long Rows)> KentYearAsync(string directory)
    {
        var big = Path.Combine(directory, "kent-2025.csv");
        await using (var output = new StreamWriter(big))
        {
            var first = true;
            foreach (var month in new[] { "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12" })
            {
                await using var gz = new GZipStream(File.OpenRead(Path.Combine(Repository.SamplePoliceUk, $"2025-{month}-kent-street.csv.gz")), CompressionMode.Decompress);
                using var reader = new StreamReader(gz);
                var header = await reader.ReadLineAsync();
                if (first) await output.WriteLineAsync(header);
                first = false;
                while (await reader.ReadLineAsync() is { } line) await output.WriteLineAsync(line);
            }
        }
        return (big, CountRows(big));
    }

    public static string TempDirectory() => Directory.CreateTempSubdirectory("csp-test-").FullName;
}
