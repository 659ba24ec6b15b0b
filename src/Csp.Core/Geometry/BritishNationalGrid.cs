using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Csp.Core.Geometry;

/// <summary>
/// WGS84 longitude and latitude to Ordnance Survey British National Grid (EPSG:27700) eastings and northings in metres,
/// and back, so that distances and grid cells are in metres.
/// </summary>
/// <remarks>
/// The datum shift is the seven-parameter Helmert transformation between WGS84 and OSGB36 published by Ordnance Survey
/// ("A guide to coordinate systems in Great Britain", section 6.6), done here in Earth-centred coordinates; it is good
/// to about 5 m, far below police.uk's anonymised snap points and any hot-spot grid. The Transverse Mercator projection
/// of OSGB36 latitude and longitude onto the grid is ProjNET's. (ProjNET's own datum shift is not used: it applies
/// none when WGS84 is the source.)
/// </remarks>
public static class BritishNationalGrid
{
    private const string OsgbWkt = """
        GEOGCS["OSGB 1936", DATUM["OSGB_1936", SPHEROID["Airy 1830",6377563.396,299.3249646,AUTHORITY["EPSG","7001"]], AUTHORITY["EPSG","6277"]],
          PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]], UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]], AUTHORITY["EPSG","4277"]]
        """;

    private const string GridWkt = """
        PROJCS["OSGB 1936 / British National Grid",
          GEOGCS["OSGB 1936", DATUM["OSGB_1936", SPHEROID["Airy 1830",6377563.396,299.3249646,AUTHORITY["EPSG","7001"]], AUTHORITY["EPSG","6277"]],
            PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]], UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]], AUTHORITY["EPSG","4277"]],
          PROJECTION["Transverse_Mercator"],
          PARAMETER["latitude_of_origin",49], PARAMETER["central_meridian",-2], PARAMETER["scale_factor",0.9996012717],
          PARAMETER["false_easting",400000], PARAMETER["false_northing",-100000],
          UNIT["metre",1,AUTHORITY["EPSG","9001"]], AUTHORITY["EPSG","27700"]]
        """;

    // Ellipsoids: WGS84 / GRS80 and Airy 1830 (semi-major axis a, semi-minor axis b, metres).
    private const double WgsA = 6378137.0, WgsB = 6356752.314245;
    private const double AiryA = 6377563.396, AiryB = 6356256.909;

    // WGS84 -> OSGB36 Helmert parameters (OS guide, table 6): translations in metres, rotations in arc-seconds, scale in ppm.
    private const double Tx = -446.448, Ty = 125.157, Tz = -542.060, Rx = -0.1502, Ry = -0.2470, Rz = -0.8421, Scale = 20.4894;

    private static readonly Lazy<(MathTransform ToGrid, MathTransform ToOsgb)> Projection = new(() =>
    {
        var factory = new CoordinateSystemFactory();
        var osgb = (GeographicCoordinateSystem)factory.CreateFromWkt(OsgbWkt);
        var grid = (ProjectedCoordinateSystem)factory.CreateFromWkt(GridWkt);
        var transforms = new CoordinateTransformationFactory();
        return (transforms.CreateFromCoordinateSystems(osgb, grid).MathTransform, transforms.CreateFromCoordinateSystems(grid, osgb).MathTransform);
    });

    public static PlanarPoint FromWgs84(double longitude, double latitude)
    {
        var (lon, lat) = Helmert(longitude, latitude, WgsA, WgsB, AiryA, AiryB, +1);
        var (x, y) = Projection.Value.ToGrid.Transform(lon, lat);
        return new PlanarPoint(x, y);
    }

    public static (double Longitude, double Latitude) ToWgs84(PlanarPoint point)
    {
        var (lon, lat) = Projection.Value.ToOsgb.Transform(point.X, point.Y);
        return Helmert(lon, lat, AiryA, AiryB, WgsA, WgsB, -1);
    }

    /// <summary>Latitude/longitude on one ellipsoid to the other via Earth-centred coordinates and the Helmert shift (sign -1 reverses it).</summary>
    private static (double Longitude, double Latitude) Helmert(double longitude, double latitude, double a1, double b1, double a2, double b2, int sign)
    {
        var phi = latitude * Math.PI / 180;
        var lambda = longitude * Math.PI / 180;
        var e2 = 1 - b1 * b1 / (a1 * a1);
        var nu = a1 / Math.Sqrt(1 - e2 * Math.Sin(phi) * Math.Sin(phi));
        var x1 = nu * Math.Cos(phi) * Math.Cos(lambda);
        var y1 = nu * Math.Cos(phi) * Math.Sin(lambda);
        var z1 = (1 - e2) * nu * Math.Sin(phi);

        const double arcSecond = Math.PI / (180 * 3600);
        var (tx, ty, tz) = (sign * Tx, sign * Ty, sign * Tz);
        var (rx, ry, rz) = (sign * Rx * arcSecond, sign * Ry * arcSecond, sign * Rz * arcSecond);
        var s = 1 + sign * Scale * 1e-6;
        var x2 = tx + s * x1 - rz * y1 + ry * z1;
        var y2 = ty + rz * x1 + s * y1 - rx * z1;
        var z2 = tz - ry * x1 + rx * y1 + s * z1;

        // Back to latitude and longitude on the second ellipsoid, iterating the latitude (converges to < 1e-12 rad in a few steps).
        var e2b = 1 - b2 * b2 / (a2 * a2);
        var p = Math.Sqrt(x2 * x2 + y2 * y2);
        var lat = Math.Atan2(z2, p * (1 - e2b));
        for (var i = 0; i < 10; i++)
        {
            var nu2 = a2 / Math.Sqrt(1 - e2b * Math.Sin(lat) * Math.Sin(lat));
            var next = Math.Atan2(z2 + e2b * nu2 * Math.Sin(lat), p);
            if (Math.Abs(next - lat) < 1e-14) break;
            lat = next;
        }
        return (Math.Atan2(y2, x2) * 180 / Math.PI, lat * 180 / Math.PI);
    }
}
