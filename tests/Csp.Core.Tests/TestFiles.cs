using System.Globalization;
using Csp.Core.NearRepeat;

namespace Csp.Core.Tests;

/// <summary>Reads the small peer files copied to TestData/ (see its README for provenance).</summary>
internal static class TestFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>Headerless X,Y,yyyy-MM-dd rows as used by the NearRepeat R package.</summary>
    public static List<NearRepeatEvent> ReadIncidents(string name)
    {
        var events = new List<NearRepeatEvent>();
        foreach (var line in File.ReadLines(PathOf(name)))
        {
            if (line.Length == 0) continue;
            var parts = line.Split(',');
            events.Add(new NearRepeatEvent(
                double.Parse(parts[0], CultureInfo.InvariantCulture),
                double.Parse(parts[1], CultureInfo.InvariantCulture),
                DateOnly.ParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        return events;
    }

    /// <summary>Numeric CSV with a header row: returns the header and the rows.</summary>
    public static (string[] Header, double[][] Rows) ReadNumericTable(string name)
    {
        var lines = File.ReadAllLines(PathOf(name)).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',').Select(h => h.Trim('"')).ToArray();
        var rows = lines.Skip(1)
            .Select(l => l.Split(',').Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray())
            .ToArray();
        return (header, rows);
    }
}
