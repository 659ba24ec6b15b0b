namespace Csp.Reporting.Tests.Support;

/// <summary>A clock stopped at one instant, so a document's creation date is known.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
