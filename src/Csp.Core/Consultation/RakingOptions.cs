namespace Csp.Core.Consultation;

/// <summary>When raking stops.</summary>
/// <param name="Tolerance">Converged when every group's weighted share is within this of its target share, on every margin at once (absolute, as a proportion: 1e-6 is 0.0001 percentage points).</param>
/// <param name="MaxIterations">Sweeps over all margins before giving up (and saying so).</param>
public sealed record RakingOptions(double Tolerance = 1e-6, int MaxIterations = 100)
{
    public static readonly RakingOptions Default = new();
}
