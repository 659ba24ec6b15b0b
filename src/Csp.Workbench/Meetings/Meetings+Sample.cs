using System.Globalization;
using System.Text.Json;
using Csp.Core.Meetings;
using Csp.Core.Strategy;
using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Meetings;

public sealed partial class Meetings
{
    /// <summary>The bundled sample's demonstration meetings (data/sample/strategy/meetings.json).</summary>
    public static string SampleFile(string sampleRoot) => Path.Combine(sampleRoot, "strategy", "meetings.json");

    /// <summary>
    /// Loads the sample's demonstration meetings after its structure, in one transaction: a meeting its group already has
    /// on that date is left as it is, so a second load changes nothing. Returns how many were added; 0 when the sample
    /// has no meetings file. A field that cannot be read throws with the file, the meeting and the field.
    /// </summary>
    public async Task<int> LoadSampleAsync(string sampleRoot, CancellationToken cancellationToken)
    {
        var file = SampleFile(sampleRoot);
        if (!File.Exists(file)) return 0;
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false));
        await using var db = database.CreateContext();
        var groups = await GroupsAsync(db, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var added = 0;
        var n = 0;
        foreach (var m in json.RootElement.GetProperty("meetings").EnumerateArray())
        {
            n++;
            string Where(string field) => $"{file}: meeting {n.ToString(CultureInfo.InvariantCulture)}, field '{field}'";
            string? Text(JsonElement e, string field) => e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            string Required(JsonElement e, string field) => Text(e, field) ?? throw new InvalidDataException(Where(field) + ": missing.");
            DateOnly? Date(JsonElement e, string field) => Text(e, field) is not { } t ? null
                : DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new InvalidDataException(Where(field) + $": '{t}' is not yyyy-MM-dd.");
            int? Number(JsonElement e, string field) => e.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
            T Parse<T>(JsonElement e, string field) where T : struct, Enum =>
                Enum.TryParse<T>(Required(e, field), out var value) && Enum.IsDefined(value) ? value : throw new InvalidDataException(Where(field) + $": '{Text(e, field)}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");

            var group = groups.Structure.Find(Required(m, "group")) ?? throw new InvalidDataException(Where("group") + $": no group '{Text(m, "group")}' in the structure.");
            var groupId = groups.Ids[group.Name];
            var heldOn = Date(m, "heldOn") ?? throw new InvalidDataException(Where("heldOn") + ": missing.");
            if (await db.Meetings.AnyAsync(x => x.GroupId == groupId && x.HeldOn == heldOn, cancellationToken).ConfigureAwait(false)) continue;
            var row = db.Meetings.Add(new MeetingRow
            {
                GroupId = groupId, HeldOn = heldOn, Title = Text(m, "title"), Location = Text(m, "location"), Source = Text(m, "source"), RecordedBy = "system", RecordedAt = now,
            }).Entity;
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var position = 0;
            foreach (var a in m.GetProperty("attendance").EnumerateArray())
            {
                db.MeetingAttendees.Add(new MeetingAttendeeRow
                {
                    MeetingId = row.Id, Position = ++position, Name = Required(a, "name"), Role = Text(a, "role"), Agency = Text(a, "agency"), Contact = Text(a, "contact"),
                    Attendance = Parse<Attendance>(a, "attendance").ToString(),
                });
            }
            foreach (var i in m.GetProperty("items").EnumerateArray())
            {
                string? link = null;
                if (Text(i, "paperLink") is { } given)
                {
                    (link, var problem) = MeetingPaper.Check(given);
                    if (problem is not null) throw new InvalidDataException(Where("paperLink") + ": " + problem);
                }
                db.MeetingItems.Add(new MeetingItemRow
                {
                    MeetingId = row.Id, Number = Number(i, "number") ?? throw new InvalidDataException(Where("number") + ": missing."), Title = Required(i, "title"),
                    Notes = Text(i, "notes"), PaperTitle = Text(i, "paperTitle"), PaperLink = link,
                });
            }
            foreach (var d in m.GetProperty("decisions").EnumerateArray())
            {
                db.MeetingDecisions.Add(new MeetingDecisionRow
                {
                    MeetingId = row.Id, ItemNumber = Number(d, "item"), Text = Required(d, "text"), ProposedBy = Text(d, "proposedBy"), Outcome = Parse<DecisionOutcome>(d, "outcome").ToString(),
                });
            }
            var number = 0;
            foreach (var a in m.GetProperty("actions").EnumerateArray())
            {
                db.MeetingActions.Add(new MeetingActionRow
                {
                    MeetingId = row.Id, Number = ++number, ItemNumber = Number(a, "item"), Action = Required(a, "action"), Owner = Required(a, "owner"), DueOn = Date(a, "due"),
                    Status = Parse<ActionStatus>(a, "status").ToString(), Note = Text(a, "note"), UpdatedAt = now, UpdatedBy = "system",
                });
            }
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            added++;
        }
        if (added > 0)
        {
            db.AuditLog.Add(new AuditEntryRow { At = now, UserName = "system", Action = Csp.Workbench.Audit.AuditActions.MeetingChanged, Target = "sample meetings", Detail = $"{added} demonstration meetings loaded" });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }
}
