namespace Csp.Core.Geometry;

/// <summary>A point in WGS84 degrees (longitude east, latitude north), as maps and GeoJSON take it.</summary>
public readonly record struct LonLat(double Lon, double Lat);
