namespace Csp.Core.Consultation;

/// <summary>When raking stops, and how far a weight may go.</summary>
/// <param name="Tolerance">Converged when every group's weighted share is within this of its target share, on every margin at once (absolute, as a proportion: 1e-6 is 0.0001 percentage points).</param>
/// <param name="MaxIterations">Sweeps over all margins before giving up (and saying so).</param>
/// <param name="MaxWeight">Null: weights are not trimmed. Else the largest weight allowed, relative to the mean weight of 1 (5 is usual): after each sweep weights above it are cut to it and all rescaled to mean 1, repeatedly, so no weight ends above it; margins the cap prevents from being met leave the raking not converged, with the gap stated.</param>
public sealed record RakingOptions(double Tolerance = 1e-6, int MaxIterations = 100, double? MaxWeight = null)
{
    public static readonly RakingOptions Default = new();
}
