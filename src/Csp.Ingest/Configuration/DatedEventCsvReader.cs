using System.Globalization;
using Csp.Core.Briefing;
using Csp.Core.Imports;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Configuration;

/// <summary>
/// Reads the partnership's dated events (data/config/dated-events.csv): <c>event,from,to</c>, both ends included;
/// <c>MM-dd</c> for every year, <c>yyyy-MM-dd</c> for one year only. A bad row is reported with its line and skipped.
/// </summary>
public static class DatedEventCsvReader
{
    public static (IReadOnlyList<DatedEvent> Events, IReadOnlyList<ImportIssue> Issues) Read(Stream stream, string fileName)
    {
        using var csv = new CsvInput(stream, fileName);
        var events = new List<DatedEvent>();
        if (!csv.ReadHeader(["event", "from", "to"], "a dated events CSV (event, from, to)"))
        {
            return (events, [csv.FileError!]);
        }
        int name = csv.Column("event"), from = csv.Column("from"), to = csv.Column("to");
        while (csv.ReadRow())
        {
            if (!csv.TryText(name, "event", null, out var eventName) || !csv.TryText(from, "from", null, out var fromText) || !csv.TryText(to, "to", null, out var toText)) continue;
            if (eventName.Length == 0)
            {
                csv.Quarantine("event", "the event has no name.");
                continue;
            }
            var fixedFrom = DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ff);
            var fixedTo = DateOnly.TryParseExact(toText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ft);
            if (fixedFrom && fixedTo)
            {
                if (ft < ff) csv.Quarantine("to", $"'{toText}' is before '{fromText}'.");
                else events.Add(DatedEvent.Fixed(eventName, ff, ft));
                continue;
            }
            // Annual days are checked against 2024, a leap year, so that 02-29 is allowed.
            var annualFrom = DateOnly.TryParseExact("2024-" + fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var af);
            var annualTo = DateOnly.TryParseExact("2024-" + toText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at);
            if (annualFrom && annualTo && fromText.Length == 5 && toText.Length == 5)
            {
                events.Add(DatedEvent.Annual(eventName, af.Month, af.Day, at.Month, at.Day));
                continue;
            }
            var field = fixedFrom || annualFrom ? "to" : "from";
            csv.Quarantine(field, $"'{(field == "from" ? fromText : toText)}' is not a day: give MM-dd (every year) or yyyy-MM-dd (that year only), and both ends in the same form.");
        }
        return (events, csv.TakeIssues());
    }
}
