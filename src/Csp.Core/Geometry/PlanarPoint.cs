namespace Csp.Core.Geometry;

/// <summary>A point in a projected plane, in metres (British National Grid eastings and northings, or any other metric projection).</summary>
/// <remarks>Longitude and latitude are not planar: project them first, or distances and cell sizes in metres mean nothing.</remarks>
public readonly record struct PlanarPoint(double X, double Y);
