using System.Globalization;

namespace Csp.Storage.Strategy;

/// <summary>A recorded priority decision as stored (dates as the ISO text the tables hold, parsed).</summary>
public sealed record StoredPriorityDecision(
    string AreaCode, string AreaName, string Period, string PeriodLabel, string GroupName, DateOnly MeetingOn, string Reasons, string RecordedBy,
    DateTimeOffset RecordedAt, DateOnly? EndorsedOn, IReadOnlyList<StoredDecidedPriority> Items, long? MeetingId = null);

/// <summary>One priority of a decision, in its position.</summary>
public sealed record StoredDecidedPriority(string Name, string Outcome, int? Rank, double? Score, bool Recommended);

/// <summary>
/// The decision an assessment report shows, read in plain SQL over one connection: every cold <c>csp report</c> asks
/// for it, and building EF's model for one row cost more CPU than the rest of the report's reads.
/// </summary>
public static class PriorityDecisionSource
{
    /// <summary>The latest decision recorded (for the area and period when given), or null.</summary>
    public static Task<StoredPriorityDecision?> LatestAsync(CspDatabase database, string? areaCode, string? period, CancellationToken cancellationToken) =>
        LatestAsync(database, areaCode, period, null, cancellationToken);

    /// <summary>The latest decision recorded against a meeting (0019), or null: the meeting's minutes show it.</summary>
    public static Task<StoredPriorityDecision?> ForMeetingAsync(CspDatabase database, long meetingId, CancellationToken cancellationToken) =>
        LatestAsync(database, null, null, meetingId, cancellationToken);

    private static async Task<StoredPriorityDecision?> LatestAsync(CspDatabase database, string? areaCode, string? period, long? meetingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        // Only the conditions given (an untyped NULL parameter is an error on PostgreSQL).
        var where = string.Join(" AND ", new[]
        {
            areaCode is null ? null : "area_code = @area", period is null ? null : "period = @period", meetingId is null ? null : "meeting_id = @meeting",
        }.OfType<string>());
        var rows = Sql.Query(connection, null,
            "SELECT id, area_code, area_name, period, period_label, group_name, meeting_on, reasons, recorded_by, recorded_at, endorsed_on, meeting_id " +
            $"FROM priority_decisions {(where.Length == 0 ? "" : "WHERE " + where)} ORDER BY id DESC LIMIT 1",
            r => (Id: r.GetInt64(0), Decision: new StoredPriorityDecision(r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), Date(r.GetString(6)),
                r.GetString(7), r.GetString(8), DateTimeOffset.Parse(r.GetString(9), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                r.IsDBNull(10) ? null : Date(r.GetString(10)), [], r.IsDBNull(11) ? null : r.GetInt64(11))),
            new[]
            {
                areaCode is null ? default : ("area", (object?)areaCode), period is null ? default : ("period", (object?)period),
                meetingId is null ? default : ("meeting", (object?)meetingId.Value),
            }.Where(p => p.Item1 is not null).ToArray());
        if (rows.Count == 0) return null;
        var items = Sql.Query(connection, null,
            "SELECT name, outcome, rank, score, recommended FROM priority_decision_items WHERE decision_id = @id ORDER BY position",
            r => new StoredDecidedPriority(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture),
                r.IsDBNull(3) ? null : Convert.ToDouble(r.GetValue(3), CultureInfo.InvariantCulture), Convert.ToBoolean(r.GetValue(4), CultureInfo.InvariantCulture)),
            ("id", rows[0].Id));
        return rows[0].Decision with { Items = items };
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
