using System.Data.Common;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Csp.Core.Imports;
using Csp.Ingest.Sources;
using Csp.Storage.Loaders;
using Csp.Testing;

namespace Csp.Storage.Tests.Imports;

/// <summary>
/// Mutated copies of the bundled sample files (seeded, so every run makes the same ones) through the four importers:
/// byte flips, truncation (plain and compressed), inserted quotes, line breaks and byte order marks, huge fields and lines,
/// Latin-1 bytes and UTF-16. Whatever the mutation, the import must not throw, and every row the mutation left intact must
/// land. "Intact" is judged here independently of the product's parser: the row's bytes and both its line breaks are
/// untouched, the header is untouched, and the quotes before it are balanced (a conservative rule: a row it calls intact
/// is one that any CSV reader must see whole).
/// </summary>
public sealed class ImporterFuzzTests
{
    private const int Seed = 20261204;
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>One sample file cut down to its first rows, and how to import it and find its rows in the database.</summary>
    /// <param name="KeyColumn">The column that identifies a row in <paramref name="LandedSql"/>; -1 to identify rows by their physical line.</param>
    private sealed record SeedFile(string Kind, string Name, byte[] Content, char Delimiter, int KeyColumn, string LandedSql, string[] Tables);

    /// <summary>A change to the seed's bytes: [From, To) replaced by Insert.</summary>
    private readonly record struct Edit(int From, int To, byte[] Insert);

    private sealed record Mutant(SeedFile Seed, string Label, byte[] Plain, List<Edit> Edits, bool Gzip, int? GzipCut);

    [Fact]
    public async Task Thousands_of_mutated_sample_files_never_crash_an_importer_and_every_intact_row_lands()
    {
        var seeds = Seeds();
        var random = new Random(Seed);
        var mutants = new List<Mutant>();
        foreach (var seed in seeds)
        {
            // Boundaries are one JSON document (no rows to keep): fewer of them, for the time a 230 KB parse takes.
            var count = seed.Kind == GeographyImporter.Kind && seed.KeyColumn == -2 ? 40 : 130;
            for (var i = 0; i < count; i++) mutants.Add(Mutate(seed, random));
        }
        var folder = Directory.CreateTempSubdirectory("csp-fuzz-").FullName;
        var databases = new Dictionary<string, CspDatabase>();
        var failures = new List<string>();
        var checkedRows = 0L;
        for (var i = 0; i < mutants.Count; i++)
        {
            var m = mutants[i];
            if (!databases.TryGetValue(m.Seed.Kind, out var db))
            {
                db = CspDatabase.Resolve(Path.Combine(folder, m.Seed.Kind + ".sqlite"), Repository.Root);
                await SchemaMigrator.MigrateAsync(db, CancellationToken.None);
                databases[m.Seed.Kind] = db;
            }
            var (path, visible) = Write(folder, i, m);
            try
            {
                await ClearAsync(db, m.Seed.Tables);
                var report = await ImportAsync(db, m.Seed.Kind, Single(path));
                // The same mutated content again (a byte order mark at the start, twice) is Unchanged by design: its rows were
                // checked the first time, and the tables were cleared since.
                if (m.Seed.KeyColumn == -2 || report.Outcome == FileOutcome.Unchanged) continue;
                var expected = Expected(m, visible);
                var landed = await LandedAsync(db, m.Seed.LandedSql);
                var lost = expected.Where(k => !landed.Contains(k)).ToList();
                checkedRows += expected.Count;
                if (lost.Count > 0)
                {
                    failures.Add($"{m.Label} ({path}): {lost.Count} of {expected.Count} intact rows did not land, e.g. {lost[0]}; outcome {report.Outcome}, " +
                        $"issues: {string.Join(" | ", report.Issues.Take(3).Select(x => x.ToString()))}");
                }
                // A file rejected for its header (UTF-16, binary) is refused before the cut is reached: only a file whose
                // rows are read must say where it breaks off.
                if (m.GzipCut is not null && visible < m.Plain.Length && expected.Count > 0 && !report.Truncated)
                {
                    failures.Add($"{m.Label} ({path}): compressed data cut off, but the report does not say truncated.");
                }
            }
            catch (Exception e)
            {
                failures.Add($"{m.Label} ({path}): {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {mutants.Count} mutated files failed:\n" + string.Join("\n", failures.Take(20)));
        // The check has teeth: most mutations leave most rows intact.
        Assert.True(checkedRows > mutants.Count * 10, $"only {checkedRows} intact rows checked");
    }

    [Fact]
    public async Task Mutated_files_through_the_real_cli_exit_0_or_2_never_1_and_a_truncated_one_is_rejected_unless_kept()
    {
        var random = new Random(Seed + 1);
        var folder = Directory.CreateTempSubdirectory("csp-fuzz-cli-").FullName;
        var seeds = Seeds();
        var runs = new List<(Mutant Mutant, bool KeepPartial)>();
        foreach (var kind in new[] { PoliceUkImporter.Kind, PopulationImporter.Kind, GeographyImporter.Kind, IncidentImporter.Kind })
        {
            runs.Add((Mutate(seeds.First(s => s.Kind == kind), random), true));
        }
        // A compressed police.uk file cut part way, without and with --keep-partial.
        var police = seeds.First(s => s.Kind == PoliceUkImporter.Kind);
        var cut = new Mutant(police, "gzip cut", police.Content, [], true, 0);
        runs.Add((cut, false));
        runs.Add((cut, true));

        for (var i = 0; i < runs.Count; i++)
        {
            var (mutant, keep) = runs[i];
            var (path, _) = Write(folder, i, mutant.GzipCut is 0 ? mutant with { GzipCut = GzipLength(mutant.Plain) * 2 / 3 } : mutant);
            var database = Path.Combine(folder, $"cli-{i}.sqlite");
            var kind = mutant.Seed.Kind;
            string[] arguments = ["import", kind, path, "--format", "json", "--database", database, .. keep ? new[] { "--keep-partial" } : Array.Empty<string>(),
                .. kind == PopulationImporter.Kind ? new[] { "--year", "2022" } : Array.Empty<string>()];

            var (exit, stdout, stderr) = await CspProcess.RunSplitAsync(arguments);

            Assert.True(exit is 0 or 2, $"{mutant.Label} ({path}) exit {exit}: {stderr}");
            using var json = JsonDocument.Parse(stdout);
            var file = json.RootElement.GetProperty("files")[0];
            if (mutant.GzipCut is 0)
            {
                Assert.True(file.GetProperty("truncated").GetBoolean());
                Assert.Equal(keep ? 0 : 2, exit);
                Assert.Equal(keep ? "Added" : "Rejected", file.GetProperty("outcome").GetString());
            }
        }
    }

    private static InputFile Single(string path) => InputFiles.Expand([path], [".csv", ".json"], out _).Single();

    private static async Task<FileImportReport> ImportAsync(CspDatabase db, string kind, InputFile file) => kind switch
    {
        PoliceUkImporter.Kind => await new PoliceUkImporter(db, Clock) { KeepPartial = true }.ImportAsync(file, null, CancellationToken.None),
        PopulationImporter.Kind => await new PopulationImporter(db, Clock) { KeepPartial = true }.ImportAsync(file, 2022, CancellationToken.None),
        GeographyImporter.Kind => await new GeographyImporter(db, Clock) { KeepPartial = true }.ImportAsync(file, CancellationToken.None),
        _ => await new IncidentImporter(db, Clock) { KeepPartial = true }.ImportAsync(file, 27700, CancellationToken.None),
    };

    private static async Task ClearAsync(CspDatabase db, string[] tables)
    {
        await using var connection = await db.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = string.Join(";", tables.Select(t => $"DELETE FROM {t}"));
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<HashSet<string>> LandedAsync(CspDatabase db, string sql)
    {
        await using var connection = await db.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) keys.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return keys;
    }

    /// <summary>Writes the mutant as the importer will see it; returns its path and how many of its plain bytes can be read.</summary>
    private static (string Path, int Visible) Write(string folder, int index, Mutant m)
    {
        var name = Path.Combine(folder, $"{index:D4}-{m.Seed.Name}" + (m.Gzip ? ".gz" : ""));
        if (!m.Gzip)
        {
            File.WriteAllBytes(name, m.Plain);
            return (name, m.Plain.Length);
        }
        var gz = Gzip(m.Plain);
        if (m.GzipCut is { } cut) gz = gz[..Math.Clamp(cut, 0, gz.Length)];
        File.WriteAllBytes(name, gz);
        // What can be decompressed from the (possibly cut) file, found with the plain library reader.
        var visible = 0;
        try
        {
            using var stream = new GZipStream(new MemoryStream(gz), CompressionMode.Decompress);
            var buffer = new byte[1 << 16];
            int n;
            while ((n = stream.Read(buffer)) > 0) visible += n;
        }
        catch (InvalidDataException)
        {
        }
        return (name, visible);
    }

    private static byte[] Gzip(byte[] plain)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(plain);
        return output.ToArray();
    }

    private static int GzipLength(byte[] plain) => Gzip(plain).Length;

    /// <summary>
    /// The rows the mutation left intact, as the database identifies them: by key column, or by the physical line they are
    /// now on. Empty when the header was touched (the file may no longer be recognised).
    /// </summary>
    private static HashSet<string> Expected(Mutant m, int visible)
    {
        var expected = new HashSet<string>(StringComparer.Ordinal);
        var content = m.Seed.Content;
        var lines = Lines(content);
        bool Touched(int start, int end) => m.Edits.Any(e => !(end <= e.From || (start - 1 >= e.To && start - 1 >= e.From + 1)));
        var (headerStart, headerEnd) = lines[0];
        var onlyBomAtStart = m.Edits.Count == 1 && m.Edits[0] is { From: 0, To: 0 } e0 && e0.Insert.SequenceEqual(Bom);
        if (Touched(headerStart, headerEnd) && !onlyBomAtStart) return expected;
        var plain = m.Plain;
        // Quotes before each byte of the mutated file, and physical line numbers (CRLF, LF or a lone CR each end a line).
        var quotes = new int[plain.Length + 1];
        var lineAt = new long[plain.Length + 1];
        lineAt[0] = 1;
        for (var i = 0; i < plain.Length; i++)
        {
            quotes[i + 1] = quotes[i] + (plain[i] == (byte)'"' ? 1 : 0);
            var breaks = plain[i] == (byte)'\n' || (plain[i] == (byte)'\r' && (i + 1 >= plain.Length || plain[i + 1] != (byte)'\n')) ? 1 : 0;
            lineAt[i + 1] = lineAt[i] + breaks;
        }
        for (var j = 1; j < lines.Count; j++)
        {
            var (start, end) = lines[j];
            if (Touched(start, end) && !(onlyBomAtStart && start > 0)) continue;
            var shift = m.Edits.Where(e => e.To <= start).Sum(e => e.Insert.Length - (e.To - e.From));
            var (newStart, newEnd) = (start + shift, end + shift);
            if (newEnd > visible || quotes[newStart] % 2 != 0) continue;
            if (m.Seed.KeyColumn < 0)
            {
                expected.Add(lineAt[newStart].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                var text = Encoding.UTF8.GetString(content, start, end - start).TrimEnd('\r', '\n');
                expected.Add(text.Split(m.Seed.Delimiter)[m.Seed.KeyColumn]);
            }
        }
        return expected;
    }

    /// <summary>Each line's span, its line break included; the seeds end every line with LF or CRLF.</summary>
    private static List<(int Start, int End)> Lines(byte[] content)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] != (byte)'\n') continue;
            lines.Add((start, i + 1));
            start = i + 1;
        }
        if (start < content.Length) lines.Add((start, content.Length));
        return lines;
    }

    private static Mutant Mutate(SeedFile seed, Random random)
    {
        var content = seed.Content;
        var at = random.Next(content.Length + 1);
        var edits = new List<Edit>();
        string label;
        byte[] Repeat(byte b, int n) => Enumerable.Repeat(b, n).ToArray();
        switch (random.Next(12))
        {
            case 0:
            case 1:
                at = Math.Min(at, content.Length - 1);
                var value = (byte)random.Next(256);
                edits.Add(new Edit(at, at + 1, [value]));
                label = $"byte {at} flipped to 0x{value:X2}";
                break;
            case 2:
                edits.Add(new Edit(at, content.Length, []));
                label = $"cut at byte {at}";
                break;
            case 3:
                var quote = random.Next(3) switch { 0 => "\"", 1 => "\"\"", _ => "\"a,b\"" };
                edits.Add(new Edit(at, at, Encoding.UTF8.GetBytes(quote)));
                label = $"{quote} inserted at byte {at}";
                break;
            case 4:
                var lineBreak = random.Next(3) switch { 0 => "\n", 1 => "\r", _ => "\r\n" };
                edits.Add(new Edit(at, at, Encoding.UTF8.GetBytes(lineBreak)));
                label = $"line break inserted at byte {at}";
                break;
            case 5:
                at = random.Next(2) == 0 ? 0 : at;
                edits.Add(new Edit(at, at, Bom));
                label = $"byte order mark inserted at byte {at}";
                break;
            case 6:
                var size = random.Next(2) == 0 ? 5_000 : 70_000;
                edits.Add(new Edit(at, at, Repeat((byte)'x', size)));
                label = $"{size:N0} bytes inserted at byte {at}";
                break;
            case 7:
                // A huge quoted field with line breaks in it, at a field's start (after a delimiter), where a quote opens a
                // field in any CSV reader: the reader passes over it to its closing quote.
                var comma = Array.IndexOf(content, (byte)seed.Delimiter, Math.Min(at, content.Length - 1));
                at = comma < 0 ? content.Length : comma + 1;
                var field = "\"" + string.Concat(Enumerable.Repeat(new string('q', 999) + "\n", 80)) + "\"";
                edits.Add(new Edit(at, at, Encoding.UTF8.GetBytes(field)));
                label = $"80,000-byte quoted field inserted at byte {at}";
                break;
            case 8:
                // Latin-1 é (0xE9) written into three places: the file was saved in the wrong encoding.
                foreach (var p in Enumerable.Range(0, 3).Select(_ => random.Next(content.Length)).Distinct().Order()) edits.Add(new Edit(p, p + 1, [0xE9]));
                label = $"Latin-1 bytes at {string.Join(", ", edits.Select(e => e.From))}";
                break;
            case 9:
                var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(content))).ToArray();
                edits.Add(new Edit(0, content.Length, utf16));
                label = "saved as UTF-16";
                break;
            case 10:
                var length = Math.Min(random.Next(1, 200), content.Length - Math.Min(at, content.Length - 1));
                at = Math.Min(at, content.Length - 1);
                edits.Add(new Edit(at, at + length, []));
                label = $"{length} bytes deleted at {at}";
                break;
            default:
                edits.Add(new Edit(at, at, [0]));
                label = $"NUL inserted at byte {at}";
                break;
        }
        var plain = Apply(content, edits);
        var compression = random.Next(10);
        var gzip = compression >= 6;
        int? cut = compression >= 9 ? random.Next(10, GzipLength(plain)) : null;
        if (cut is not null) label += $", gzip cut at byte {cut}";
        return new Mutant(seed, $"{seed.Name}: {label}", plain, edits, gzip, cut);
    }

    private static byte[] Apply(byte[] content, List<Edit> edits)
    {
        var output = new List<byte>(content.Length + 100);
        var position = 0;
        foreach (var e in edits.OrderBy(e => e.From))
        {
            output.AddRange(content.AsSpan(position, e.From - position).ToArray());
            output.AddRange(e.Insert);
            position = e.To;
        }
        output.AddRange(content.AsSpan(position).ToArray());
        return output.ToArray();
    }

    /// <summary>The first lines of the bundled files (real rows, unchanged), each ending with its line break.</summary>
    private static List<SeedFile> Seeds()
    {
        string[] Head(string path, int lines)
        {
            using var reader = new StreamReader(RepositoryOpen(path), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
            var result = new List<string>();
            while (result.Count < lines && reader.ReadLine() is { } line) result.Add(line);
            return result.ToArray();
        }
        byte[] Join(IEnumerable<string> lines, string lineBreak = "\n") => Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + lineBreak)));
        string[] police = ["street_records", "force_months"];
        string[] geography = ["area_centroids", "area_boundaries", "lsoa_memberships", "areas"];
        var lines2025 = Head(Path.Combine(Repository.SamplePoliceUk, "2025-01-kent-street.csv.gz"), 61);
        // Incidents as a partner's extract would give them: the 2025 police rows with a location, as id, date, category, lon/lat.
        var incidents = new[] { "id,date,category,longitude,latitude" }.Concat(lines2025.Skip(1)
            .Select(l => l.Split(','))
            .Where(f => f.Length == 12 && f[4].Length > 0)
            .Select((f, i) => $"{(f[0].Length > 0 ? f[0] : $"asb-{i}")},2025-01-{1 + i % 28:D2},{f[9]},{f[4]},{f[5]}"));
        return
        [
            new(PoliceUkImporter.Kind, "2022-01-kent-street.csv", Join(Head(Path.Combine(Repository.SamplePoliceUk, "2022-01-kent-street.csv.gz"), 61), "\r\n"), ',', -1,
                "SELECT line FROM street_records", police),
            new(PoliceUkImporter.Kind, "2025-01-kent-street.csv", Join(lines2025), ',', -1, "SELECT line FROM street_records", police),
            new(PopulationImporter.Kind, "MYE2_persons_mid2022.csv", Join(Head(Repository.Sample("population", "MYE2_persons_mid2022_by_LA_DERIVED.csv.gz"), 41)), ',', 0,
                "SELECT area_code FROM population_estimates WHERE age_band = 'all'", ["population_estimates"]),
            new(PopulationImporter.Kind, "census2021_lsoa21.csv", Join(Head(Repository.Sample("population", "census2021_lsoa21_usual_residents_kent_DERIVED.csv.gz"), 61)), ',', 0,
                "SELECT area_code FROM population_estimates WHERE age_band = 'all'", ["population_estimates"]),
            new(PopulationImporter.Kind, "population20_lsoa11.csv", Join(Head(Repository.Sample("population", "population20_lsoa11_kent_DERIVED.csv.gz"), 41)), ',', 1,
                "SELECT area_code FROM population_estimates WHERE age_band = 'all'", ["population_estimates"]),
            new(GeographyImporter.Kind, "lsoa_to_ward.csv", Join(Head(Repository.Sample("geography", "lsoa_to_ward.csv.gz"), 61)), ',', 0,
                "SELECT lsoa_code FROM lsoa_memberships", geography),
            new(GeographyImporter.Kind, "lsoa_ward_mapping.csv", Join(Head(Repository.Sample("geography", "lsoa_ward_mapping.csv.gz"), 61)), ',', 0,
                "SELECT lsoa_code FROM lsoa_memberships", geography),
            new(GeographyImporter.Kind, "lsoa21_pwc.csv", Join(Head(Repository.Sample("geography", "lsoa21_pwc_DERIVED.csv.gz"), 61)), ',', 0,
                "SELECT area_code FROM area_centroids", geography),
            new(GeographyImporter.Kind, "lad_to_csp.csv", Join(Head(Repository.Sample("geography", "lad_to_csp.csv"), 61)), ';', 0,
                "SELECT code FROM areas WHERE level = 'District'", geography),
            new(GeographyImporter.Kind, "geo_lad2021.json", ReadAll(Repository.Sample("geography", "geo_lad2021.json.gz")), ',', -2, "", geography),
            new(IncidentImporter.Kind, "incidents.csv", Join(incidents), ',', 0, "SELECT incident_id FROM incidents", ["incidents"]),
        ];
    }

    private static Stream RepositoryOpen(string path)
    {
        var file = File.OpenRead(path);
        return path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    private static byte[] ReadAll(string path)
    {
        using var stream = RepositoryOpen(path);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
