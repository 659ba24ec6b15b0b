using System.Data.Common;
using Csp.Core.Areas;
using Csp.Core.Imports;
using Csp.Ingest.Geography;
using Csp.Ingest.Sources;
using Csp.Storage.Areas;
using Csp.Storage;

namespace Csp.Storage.Loaders;

/// <summary>
/// Loads the ONS lookups into the area hierarchy: country &gt; police force area &gt; CSP &gt; district &gt; ward &gt; LSOA.
/// Both LSOA vintages are kept (memberships by vintage); an LSOA's parent ward is the one of its newest vintage.
/// Re-importing a lookup updates names and parents in place and adds nothing twice.
/// </summary>
public sealed class GeographyImporter(CspDatabase database, TimeProvider clock)
{
    public const string Kind = "geography";

    /// <summary>Keep the rows read from a file whose data breaks off (--keep-partial), marking it incomplete; else it is rejected whole.</summary>
    public bool KeepPartial { get; init; }

    public async Task<FileImportReport> ImportAsync(InputFile file, CancellationToken cancellationToken) =>
        await Task.Run(() => Import(file, cancellationToken), cancellationToken).ConfigureAwait(false);

    private FileImportReport Import(InputFile file, CancellationToken cancellationToken) =>
        ImportRegistry.ImportOnce(database, clock, file, Kind, KeepPartial, (connection, transaction, fileId) => Load(file, connection, transaction, fileId), cancellationToken);

    private static (FileImportReport, string?, bool) Load(InputFile file, DbConnection connection, DbTransaction transaction, long fileId)
    {
        GeographyLookup lookup;
        using (var stream = file.Open()) lookup = IsBoundaryFile(file.Name) ? ReadBoundaries(stream, file.Name) : GeographyLookupReader.Read(stream, file.Name);
        var issues = lookup.Issues.ToList();
        if (lookup.FileError is { } error) issues.Insert(0, error);
        ImportRegistry.Quarantine(connection, transaction, fileId, issues);
        long added;
        FileOutcome outcome;
        if (lookup.FileError is not null)
        {
            (added, outcome) = (0, FileOutcome.Rejected);
        }
        else
        {
            var before = Sql.Long(connection, transaction, "SELECT count(*) FROM areas") + Shapes(connection, transaction);
            SaveShapes(connection, transaction, lookup);
            using (var upsert = new AreaUpsert(connection, transaction))
            {
                foreach (var m in lookup.Lsoas)
                {
                    upsert.Area(m.DistrictCode, m.DistrictName, AreaLevel.District, null);
                    upsert.Area(m.WardCode, m.WardName, AreaLevel.Ward, m.DistrictCode);
                    upsert.Area(m.LsoaCode, m.LsoaName, AreaLevel.Lsoa, m.WardCode);
                    upsert.Membership(m);
                }
                foreach (var p in lookup.Partnerships)
                {
                    if (AreaCode.Country(p.DistrictCode) is { } country)
                    {
                        upsert.Area(country.Code, country.Name, AreaLevel.Country, null);
                        upsert.Area(p.ForceAreaCode, p.ForceAreaName, AreaLevel.ForceArea, country.Code);
                    }
                    upsert.Area(p.PartnershipCode, p.PartnershipName, AreaLevel.CommunitySafetyPartnership, p.ForceAreaCode);
                    upsert.Area(p.DistrictCode, p.DistrictName, AreaLevel.District, p.PartnershipCode);
                }
                upsert.Flush();
            }
            if (lookup.Lsoas.Count > 0)
            {
                // An LSOA's parent is its ward by the newest vintage loaded, whatever order the lookups came in.
                Sql.Execute(connection, transaction, """
                    UPDATE areas SET parent_code = (SELECT m.ward_code FROM lsoa_memberships m WHERE m.lsoa_code = areas.code ORDER BY m.vintage DESC LIMIT 1)
                    WHERE level = 'Lsoa'
                    """);
            }
            added = Sql.Long(connection, transaction, "SELECT count(*) FROM areas") + Shapes(connection, transaction) - before;
            outcome = FileOutcome.Added;
        }
        var units = lookup.Kind == "unknown" ? [] : new[] { lookup.Kind == "boundaries" ? $"{lookup.Boundaries.Count} boundaries" : $"{lookup.Kind} lookup" };
        var report = new FileImportReport(file.Name, Kind, outcome, lookup.RowsRead, added, 0,
            issues.Count(i => i.Line > 0), 0, 0, units, issues);
        return (report, lookup.FileError?.Message ?? (lookup.Truncated ? issues.FirstOrDefault(i => i.Line == 0)?.Message : null), lookup.Truncated);
    }

    /// <summary>Boundaries come as TopoJSON or GeoJSON, named as such (.json, .geojson, .topojson, optionally gzipped).</summary>
    private static bool IsBoundaryFile(string name)
    {
        var bare = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        return bare.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || bare.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase)
            || bare.EndsWith(".topojson", StringComparison.OrdinalIgnoreCase);
    }

    private static GeographyLookup ReadBoundaries(Stream stream, string name)
    {
        var (boundaries, issues, error) = BoundaryReader.Read(stream, name);
        return new GeographyLookup(name, error is null ? "boundaries" : "unknown", boundaries.Count + issues.Count, [], [], issues, error) { Boundaries = boundaries };
    }

    private static long Shapes(DbConnection connection, DbTransaction transaction) =>
        Sql.Long(connection, transaction, "SELECT (SELECT count(*) FROM area_centroids) + (SELECT count(*) FROM area_boundaries)");

    /// <summary>Centroids and boundaries replace what is held for the same area: a later release redraws it.</summary>
    private static void SaveShapes(DbConnection connection, DbTransaction transaction, GeographyLookup lookup)
    {
        if (lookup.Centroids.Count > 0)
        {
            using var centroid = Sql.Command(connection, transaction, """
                INSERT INTO area_centroids (area_code, easting, northing) VALUES (@code, @x, @y)
                ON CONFLICT (area_code) DO UPDATE SET easting = excluded.easting, northing = excluded.northing
                """, ("code", ""), ("x", 0.0), ("y", 0.0));
            using (var batch = new StatementBatch(connection, transaction))
            {
                if (!batch.Queues) centroid.Prepare();
                foreach (var c in lookup.Centroids)
                {
                    centroid.Parameters[0].Value = c.Code;
                    centroid.Parameters[1].Value = c.Point.X;
                    centroid.Parameters[2].Value = c.Point.Y;
                    batch.Execute(centroid);
                }
                batch.Flush();
            }
            // New centroids may move an incident's nearest LSOA: every incident is placed again.
            IncidentPlacement.PlaceAgain(connection, transaction, CancellationToken.None);
        }
        if (lookup.Boundaries.Count > 0)
        {
            using var boundary = Sql.Command(connection, transaction, """
                INSERT INTO area_boundaries (area_code, name, rings) VALUES (@code, @name, @rings)
                ON CONFLICT (area_code) DO UPDATE SET name = excluded.name, rings = excluded.rings
                """, ("code", ""), ("name", ""), ("rings", ""));
            boundary.Prepare();
            foreach (var b in lookup.Boundaries)
            {
                boundary.Parameters[0].Value = b.Code;
                boundary.Parameters[1].Value = b.Name;
                boundary.Parameters[2].Value = BoundaryRings.ToJson(b.Rings);
                boundary.ExecuteNonQuery();
            }
        }
    }

    /// <summary>
    /// Upserts of areas and memberships (prepared on SQLite, batched on PostgreSQL: <see cref="StatementBatch"/>). A district's parent (its CSP) is never
    /// cleared by an LSOA lookup. An area written again with the values it was last written with here is not sent again (a
    /// lookup names each district and ward on every one of its LSOAs' rows): that upsert would change nothing.
    /// </summary>
    private sealed class AreaUpsert : IDisposable
    {
        private readonly DbCommand _area;
        private readonly DbCommand _membership;
        private readonly StatementBatch _batch;
        private readonly Dictionary<string, (string Name, AreaLevel Level, string? Parent)> _written = new(StringComparer.Ordinal);

        public AreaUpsert(DbConnection connection, DbTransaction transaction)
        {
            _area = Sql.Command(connection, transaction, """
                INSERT INTO areas (code, name, level, parent_code) VALUES (@code, @name, @level, @parent)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level,
                    parent_code = COALESCE(excluded.parent_code, areas.parent_code)
                """, ("code", ""), ("name", ""), ("level", ""), ("parent", null));
            _membership = Sql.Command(connection, transaction, """
                INSERT INTO lsoa_memberships (lsoa_code, vintage, ward_code, district_code) VALUES (@lsoa, @vintage, @ward, @district)
                ON CONFLICT (lsoa_code, vintage) DO UPDATE SET ward_code = excluded.ward_code, district_code = excluded.district_code
                """, ("lsoa", ""), ("vintage", 0), ("ward", ""), ("district", ""));
            _batch = new StatementBatch(connection, transaction);
            if (!_batch.Queues)
            {
                _area.Prepare();
                _membership.Prepare();
            }
        }

        public void Area(string code, string name, AreaLevel level, string? parent)
        {
            if (_written.TryGetValue(code, out var last) && last == (name, level, parent)) return;
            _written[code] = (name, level, parent);
            _area.Parameters[0].Value = code;
            _area.Parameters[1].Value = name;
            _area.Parameters[2].Value = level.ToString();
            _area.Parameters[3].Value = (object?)parent ?? DBNull.Value;
            _batch.Execute(_area);
        }

        public void Membership(LsoaMembership m)
        {
            _membership.Parameters[0].Value = m.LsoaCode;
            _membership.Parameters[1].Value = m.Vintage;
            _membership.Parameters[2].Value = m.WardCode;
            _membership.Parameters[3].Value = m.DistrictCode;
            _batch.Execute(_membership);
        }

        /// <summary>Sends what is queued: before the areas are read or changed by another statement.</summary>
        public void Flush() => _batch.Flush();

        public void Dispose()
        {
            _batch.Dispose();
            _area.Dispose();
            _membership.Dispose();
        }
    }
}
