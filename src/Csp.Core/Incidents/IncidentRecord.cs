namespace Csp.Core.Incidents;

/// <summary>
/// One dated incident from a partner system (police command and control, council ASB log, fire service), with its
/// place in metres. Unlike police.uk rows these carry the day (and time where known), which near-repeat and
/// time-of-day analysis need.
/// </summary>
/// <param name="Epsg">The coordinate reference system of X and Y: 27700 (British National Grid) unless the file gave another projected CRS.</param>
/// <param name="VictimKey">A pseudonymised victim reference from the source (never a name): personal data all the same.</param>
/// <param name="Domestic">True, false, or null when not recorded; the same for <paramref name="Hate"/> and <paramref name="Alcohol"/>.</param>
public sealed record IncidentRecord(
    string IncidentId,
    long Line,
    DateOnly Date,
    TimeOnly? Time,
    string Category,
    int Epsg,
    double X,
    double Y,
    string? Location,
    string? VictimKey,
    string? LocationKey,
    bool? Domestic,
    bool? Hate,
    bool? Alcohol);
