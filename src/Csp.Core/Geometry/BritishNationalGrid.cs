namespace Csp.Core.Geometry;

/// <summary>
/// WGS84 longitude and latitude to Ordnance Survey British National Grid (EPSG:27700) eastings and northings in metres,
/// and back, so that distances and grid cells are in metres.
/// </summary>
/// <remarks>
/// The datum shift is the seven-parameter Helmert transformation between WGS84 and OSGB36 published by Ordnance Survey
/// ("A guide to coordinate systems in Great Britain", section 6.6), done here in Earth-centred coordinates; it is good
/// to about 5 m, far below police.uk's anonymised snap points and any hot-spot grid. The Transverse Mercator projection
/// of OSGB36 latitude and longitude onto the grid, and back, is the guide's own (Annex C, formulae C1 to C7), which
/// reproduces its worked example to the millimetre; it stands within 0.05 mm of the USGS series (Snyder) over Kent and
/// 2 mm at the far west of Great Britain. It replaced ProjNET, whose coordinate systems were built from WKT on first use:
/// about a tenth of a second of a hot-spot command started cold, and a microsecond a point after that.
/// </remarks>
public static class BritishNationalGrid
{
    // The National Grid on the Airy 1830 ellipsoid: scale on the central meridian F0, true origin 49 N 2 W, false origin
    // E0, N0 (metres).
    private const double F0 = 0.9996012717, E0 = 400000, N0 = -100000;
    private const double Phi0 = 49 * Math.PI / 180, Lambda0 = -2 * Math.PI / 180;

    // Ellipsoids: WGS84 / GRS80 and Airy 1830 (semi-major axis a, semi-minor axis b, metres).
    private const double WgsA = 6378137.0, WgsB = 6356752.314245;
    private const double AiryA = 6377563.396, AiryB = 6356256.909;

    // WGS84 -> OSGB36 Helmert parameters (OS guide, table 6): translations in metres, rotations in arc-seconds, scale in ppm.
    private const double Tx = -446.448, Ty = 125.157, Tz = -542.060, Rx = -0.1502, Ry = -0.2470, Rz = -0.8421, Scale = 20.4894;

    public static PlanarPoint FromWgs84(double longitude, double latitude)
    {
        var (lon, lat) = Helmert(longitude, latitude, WgsA, WgsB, AiryA, AiryB, +1);
        return ToGrid(lon, lat);
    }

    public static (double Longitude, double Latitude) ToWgs84(PlanarPoint point)
    {
        var (lon, lat) = FromGrid(point);
        return Helmert(lon, lat, AiryA, AiryB, WgsA, WgsB, -1);
    }

    // Airy 1830 derived: the square of the first eccentricity, and n = (a - b) / (a + b).
    private const double AiryE2 = 1 - AiryB * AiryB / (AiryA * AiryA), AiryN = (AiryA - AiryB) / (AiryA + AiryB);

    /// <summary>OSGB36 longitude and latitude (degrees) to National Grid eastings and northings: the OS guide's C1-C3.</summary>
    public static PlanarPoint ToGrid(double longitude, double latitude)
    {
        var phi = latitude * Math.PI / 180;
        var l = longitude * Math.PI / 180 - Lambda0;
        double sin = Math.Sin(phi), cos = Math.Cos(phi), tan2 = Math.Tan(phi) * Math.Tan(phi), tan4 = tan2 * tan2;
        var (nu, rho, eta2) = Radii(sin);
        double cos3 = cos * cos * cos, cos5 = cos3 * cos * cos;
        var i = Meridian(phi) + N0;
        var ii = nu / 2 * sin * cos;
        var iii = nu / 24 * sin * cos3 * (5 - tan2 + 9 * eta2);
        var iiia = nu / 720 * sin * cos5 * (61 - 58 * tan2 + tan4);
        var iv = nu * cos;
        var v = nu / 6 * cos3 * (nu / rho - tan2);
        var vi = nu / 120 * cos5 * (5 - 18 * tan2 + tan4 + 14 * eta2 - 58 * tan2 * eta2);
        double l2 = l * l, l4 = l2 * l2;
        return new PlanarPoint(E0 + l * (iv + l2 * (v + l2 * vi)), i + l2 * (ii + l2 * (iii + l2 * iiia)));
    }

    /// <summary>National Grid eastings and northings to OSGB36 longitude and latitude (degrees): the OS guide's C6-C7.</summary>
    public static (double Longitude, double Latitude) FromGrid(PlanarPoint point)
    {
        // The latitude whose meridian arc is the northing, by the guide's iteration (to 0.01 mm; a few steps).
        var phi = (point.Y - N0) / (AiryA * F0) + Phi0;
        for (var step = 0; step < 50; step++)
        {
            var gap = point.Y - N0 - Meridian(phi);
            if (Math.Abs(gap) < 1e-5) break;
            phi += gap / (AiryA * F0);
        }
        double sin = Math.Sin(phi), tan = Math.Tan(phi), tan2 = tan * tan, tan4 = tan2 * tan2, tan6 = tan4 * tan2, sec = 1 / Math.Cos(phi);
        var (nu, rho, eta2) = Radii(sin);
        double nu3 = nu * nu * nu, nu5 = nu3 * nu * nu, nu7 = nu5 * nu * nu;
        var vii = tan / (2 * rho * nu);
        var viii = tan / (24 * rho * nu3) * (5 + 3 * tan2 + eta2 - 9 * tan2 * eta2);
        var ix = tan / (720 * rho * nu5) * (61 + 90 * tan2 + 45 * tan4);
        var x = sec / nu;
        var xi = sec / (6 * nu3) * (nu / rho + 2 * tan2);
        var xii = sec / (120 * nu5) * (5 + 28 * tan2 + 24 * tan4);
        var xiia = sec / (5040 * nu7) * (61 + 662 * tan2 + 1320 * tan4 + 720 * tan6);
        var d = point.X - E0;
        double d2 = d * d, d4 = d2 * d2;
        var lat = phi - d2 * (vii - d2 * (viii - d2 * ix));
        var lon = Lambda0 + d * (x - d2 * (xi - d2 * (xii - d2 * xiia)));
        return (lon * 180 / Math.PI, lat * 180 / Math.PI);
    }

    /// <summary>The radii of curvature across and along the meridian (scaled by F0) and eta squared, at a latitude's sine.</summary>
    private static (double Nu, double Rho, double Eta2) Radii(double sin)
    {
        var q = 1 - AiryE2 * sin * sin;
        var nu = AiryA * F0 / Math.Sqrt(q);
        var rho = AiryA * F0 * (1 - AiryE2) / (q * Math.Sqrt(q));
        return (nu, rho, nu / rho - 1);
    }

    /// <summary>The developed meridian arc M from the true origin's latitude (the guide's C3).</summary>
    private static double Meridian(double phi)
    {
        const double n = AiryN, n2 = n * n, n3 = n2 * n;
        double below = phi - Phi0, above = phi + Phi0;
        return AiryB * F0 * ((1 + n + 5.0 / 4 * n2 + 5.0 / 4 * n3) * below
            - (3 * n + 3 * n2 + 21.0 / 8 * n3) * Math.Sin(below) * Math.Cos(above)
            + (15.0 / 8 * n2 + 15.0 / 8 * n3) * Math.Sin(2 * below) * Math.Cos(2 * above)
            - 35.0 / 24 * n3 * Math.Sin(3 * below) * Math.Cos(3 * above));
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
