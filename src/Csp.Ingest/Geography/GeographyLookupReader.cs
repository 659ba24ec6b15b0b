using System.Globalization;
using Csp.Core.Areas;
using Csp.Core.Geography;
using Csp.Core.Geometry;
using Csp.Core.Imports;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Geography;

/// <summary>
/// Reads the ONS lookups the partnership's areas come from, recognised by their header:
/// LSOA 2011 to ward to district (LSOA11CD, WD21CD, LAD21CD), LSOA 2021 to ward to district (LSOA21CD, WD24CD, LAD24CD),
/// district to CSP to police force area (<c>;</c>-separated: lad-code, csp-code, PFA21CD), and LSOA 2021
/// population-weighted centroids (LSOA21CD, x, y).
/// </summary>
public static class GeographyLookupReader
{
    private const string Description = "an ONS geography lookup (LSOA to ward to district, or district to CSP to police force area)";

    public static GeographyLookup Read(Stream stream, string fileName)
    {
        // The district to CSP lookup is ';'-separated: let the reader choose the delimiter from the header line.
        using var csv = new CsvInput(stream, fileName, delimiter: 0);
        var lsoas = new List<LsoaMembership>();
        var partnerships = new List<DistrictPartnership>();
        var pool = new StringPool();
        string kind;
        long rows = 0;
        if (!csv.ReadHeader([], Description)) return new GeographyLookup(fileName, "unknown", 0, lsoas, partnerships, csv.Issues, csv.FileError) { Truncated = csv.Truncated };

        string[] lsoa11 = ["LSOA11CD", "LSOA11NM", "WD21CD", "WD21NM", "LAD21CD", "LAD21NM"];
        string[] lsoa21 = ["LSOA21CD", "LSOA21NM", "WD24CD", "WD24NM", "LAD24CD", "LAD24NM"];
        string[] csp = ["lad-code", "lad-name", "csp-code", "csp-name", "PFA21CD", "PFA21NM"];
        string[] columns;
        int vintage = 0;
        if (csv.Column("LSOA21CD") >= 0 && csv.Column("WD24CD") < 0 && csv.Column("x") >= 0) return ReadCentroids(csv, fileName, pool);
        if (csv.Column("LSOA11CD") >= 0) (kind, columns, vintage) = ("lsoa-2011", lsoa11, 2011);
        else if (csv.Column("LSOA21CD") >= 0) (kind, columns, vintage) = ("lsoa-2021", lsoa21, 2021);
        else if (csv.Column("csp-code") >= 0) (kind, columns) = ("district-csp-force", csp);
        else
        {
            var error = new ImportIssue(fileName, 1, null, $"this is not {Description}: the header ({string.Join(",", csv.Header)}) has none of LSOA11CD, LSOA21CD or csp-code.");
            return new GeographyLookup(fileName, "unknown", 0, lsoas, partnerships, csv.Issues, error);
        }
        var missing = columns.FirstOrDefault(c => csv.Column(c) < 0);
        if (missing is not null)
        {
            var error = new ImportIssue(fileName, 1, missing, $"the header has no '{missing}' column.");
            return new GeographyLookup(fileName, kind, 0, lsoas, partnerships, csv.Issues, error);
        }
        var index = columns.Select(csv.Column).ToArray();
        var values = new string[columns.Length];
        while (csv.ReadRow())
        {
            rows++;
            var ok = true;
            for (var i = 0; i < columns.Length && ok; i++) ok = csv.TryText(index[i], columns[i], pool, out values[i]);
            if (!ok) continue;
            // Codes in columns 0, 2 and 4 must be GSS codes; names must be present.
            var bad = new[] { 0, 2, 4 }.FirstOrDefault(i => !AreaCode.IsWellFormed(values[i]), -1);
            if (bad >= 0)
            {
                csv.Quarantine(columns[bad], $"'{values[bad]}' is not an ONS code (a letter and eight digits).");
                continue;
            }
            var noName = new[] { 1, 3, 5 }.FirstOrDefault(i => values[i].Length == 0, -1);
            if (noName >= 0)
            {
                csv.Quarantine(columns[noName], "the name is missing.");
                continue;
            }
            if (vintage > 0) lsoas.Add(new LsoaMembership(values[0], values[1], vintage, values[2], values[3], values[4], values[5]));
            else partnerships.Add(new DistrictPartnership(values[0], values[1], values[2], values[3], values[4], values[5]));
        }
        return new GeographyLookup(fileName, kind, rows, lsoas, partnerships, csv.Issues, null) { Truncated = csv.Truncated };
    }

    /// <summary>
    /// ONS LSOA 2021 population-weighted centroids (LSOA21CD, x, y in British National Grid metres), from which the maps
    /// draw approximate LSOA and ward shapes.
    /// </summary>
    private static GeographyLookup ReadCentroids(CsvInput csv, string fileName, StringPool pool)
    {
        var centroids = new List<AreaCentroid>();
        var (code, x, y) = (csv.Column("LSOA21CD"), csv.Column("x"), csv.Column("y"));
        if (csv.Column("y") < 0)
        {
            return new GeographyLookup(fileName, "lsoa-2021-centroids", 0, [], [], csv.Issues, new ImportIssue(fileName, 1, "y", "the header has no 'y' column."));
        }
        long rows = 0;
        while (csv.ReadRow())
        {
            rows++;
            if (!csv.TryText(code, "LSOA21CD", pool, out var lsoa) || !csv.TryText(x, "x", null, out var xText) || !csv.TryText(y, "y", null, out var yText)) continue;
            if (!AreaCode.IsWellFormed(lsoa))
            {
                csv.Quarantine("LSOA21CD", $"'{lsoa}' is not an ONS code (a letter and eight digits).");
                continue;
            }
            // British National Grid covers 0..700 km east and 0..1,300 km north, both inclusive; anything else (NaN and
            // infinities included, which double.TryParse accepts) is not a BNG coordinate.
            if (!double.TryParse(xText, NumberStyles.Float, CultureInfo.InvariantCulture, out var easting) || !double.IsFinite(easting) || easting is < 0 or > 700_000)
            {
                csv.Quarantine("x", $"'{xText}' is not an easting in metres (0 to 700,000).");
                continue;
            }
            if (!double.TryParse(yText, NumberStyles.Float, CultureInfo.InvariantCulture, out var northing) || !double.IsFinite(northing) || northing is < 0 or > 1_300_000)
            {
                csv.Quarantine("y", $"'{yText}' is not a northing in metres (0 to 1,300,000).");
                continue;
            }
            centroids.Add(new AreaCentroid(lsoa, new PlanarPoint(easting, northing)));
        }
        return new GeographyLookup(fileName, "lsoa-2021-centroids", rows, [], [], csv.Issues, null) { Centroids = centroids, Truncated = csv.Truncated };
    }
}
