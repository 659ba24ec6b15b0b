namespace Csp.Core.Geometry;

/// <summary>How the distance between two planar points is measured.</summary>
public enum DistanceMetric
{
    /// <summary>|dx| + |dy|: a rough stand-in for distance along a street grid; the Knox test default, as in the NearRepeat R package.</summary>
    Manhattan = 0,

    /// <summary>sqrt(dx² + dy²): distance as the crow flies.</summary>
    Euclidean = 1,
}
