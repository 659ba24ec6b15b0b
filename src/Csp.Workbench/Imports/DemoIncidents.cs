using System.Globalization;
using System.IO.Compression;
using System.Text;
using Csp.Core.Imports;
using Csp.Core.Periods;
using Csp.Ingest.Sources;
using Csp.Storage;
using Csp.Storage.Briefing;
using Csp.Storage.Loaders;

namespace Csp.Workbench.Imports;

/// <summary>
/// Loads the generated demonstration incidents (<c>data/sample/incidents/incidents-GENERATED-DEMO.csv.gz</c>, made by
/// <c>scripts/generate-demo-incidents.py</c>; not real data) moved forward to today, so that the briefing's last 24 hours
/// always has something to show: every date moves by the same whole number of weeks (each incident keeps its day of the
/// week) so that the file's last day falls on or after yesterday, and what would then fall today or later is dropped
/// (data/sample/incidents/README.md). Cutting at the start of today, not at this minute, makes the load the same all day:
/// importing the sample again the same day changes nothing. The load replaces the previous one (ids <c>DEMO-</c>), so running it each day
/// keeps the demo current without duplicates. <c>csp import sample</c> and the web app's first run call it;
/// <c>csp import demo-incidents</c> runs it alone.
/// </summary>
public static class DemoIncidents
{
    public const string FileName = "incidents-GENERATED-DEMO.csv.gz";

    /// <summary>Every demo incident's id starts with this.</summary>
    public const string IdPrefix = "DEMO-";

    public static string PathUnder(string sampleRoot) => Path.Combine(sampleRoot, "incidents", FileName);

    /// <summary>The demo file shifted to <paramref name="nowLocal"/> (UK local time) and cut at the start of its day, as CSV text, and the shift in days.</summary>
    public static (string Csv, int ShiftDays, int Kept, int Dropped) Shift(Stream gzipped, DateTime nowLocal)
    {
        ArgumentNullException.ThrowIfNull(gzipped);
        using var reader = new StreamReader(new GZipStream(gzipped, CompressionMode.Decompress), Encoding.UTF8);
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{FileName} is empty.");
        if (!header.StartsWith("id,date,time,", StringComparison.Ordinal)) throw new InvalidDataException($"{FileName}: the header does not start id,date,time.");
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) if (line.Length > 0) lines.Add(line);
        // The first three fields (id, date, time) never hold a comma or a quote; the rest is copied as it is.
        var last = lines.Select(l => DateOnly.ParseExact(l.Split(',', 3)[1], "yyyy-MM-dd", CultureInfo.InvariantCulture)).DefaultIfEmpty(DateOnly.MinValue).Max();
        var yesterday = DateOnly.FromDateTime(nowLocal).AddDays(-1);
        var behind = yesterday.DayNumber - last.DayNumber;
        var shift = behind <= 0 ? 0 : (behind + 6) / 7 * 7;
        var cut = DateOnly.FromDateTime(nowLocal).ToDateTime(TimeOnly.MinValue);
        var csv = new StringBuilder(header).Append('\n');
        int kept = 0, dropped = 0;
        foreach (var line in lines)
        {
            var parts = line.Split(',', 4);
            var date = DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(shift);
            var time = parts[2].Length == 0 ? TimeOnly.MinValue : TimeOnly.ParseExact(parts[2], "HH:mm", CultureInfo.InvariantCulture);
            if (date.ToDateTime(time) >= cut)
            {
                dropped++;
                continue;
            }
            csv.Append(parts[0]).Append(',').Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',').Append(parts[2]).Append(',').Append(parts[3]).Append('\n');
            kept++;
        }
        return (csv.ToString(), shift, kept, dropped);
    }

    /// <summary>Imports the demo set moved to now; the report names the file as generated and says by how many days it moved.</summary>
    public static async Task<FileImportReport> ImportAsync(CspDatabase database, TimeProvider clock, string sampleRoot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var path = PathUnder(sampleRoot);
        if (!File.Exists(path)) throw new FileNotFoundException($"The bundled demonstration incidents are missing: {path}.", path);
        string csv;
        int shift;
        await using (var stream = File.OpenRead(path))
        {
            (csv, shift, _, _) = Shift(stream, UkTime.Now(clock));
        }
        var bytes = Encoding.UTF8.GetBytes(csv);
        // The name keeps the GENERATED-DEMO marker: the briefing labels every incident of such a file as demonstration data.
        var name = string.Create(CultureInfo.InvariantCulture, $"{BriefingIncidents.DemoFileMarker} incidents (shifted {shift} days).csv");
        var file = new InputFile(name, bytes.Length, () =>
        {
            var memory = new MemoryStream(bytes, writable: false);
            return new ProgressStream(memory, () => memory.Position, memory);
        });
        var importer = new IncidentImporter(database, clock) { ReplacingIdPrefix = IdPrefix };
        return await importer.ImportAsync(file, 27700, cancellationToken).ConfigureAwait(false);
    }
}
