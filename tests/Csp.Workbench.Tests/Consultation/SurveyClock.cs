namespace Csp.Workbench.Tests.Consultation;

/// <summary>A clock the test moves (to see a survey close, or a postcode's retention run out).</summary>
internal sealed class SurveyClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}
