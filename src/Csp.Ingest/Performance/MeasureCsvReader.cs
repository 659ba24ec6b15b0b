using System.Globalization;
using Csp.Core.Imports;
using Csp.Core.Performance;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Performance;

/// <summary>
/// Reads the partnership's measures (data/config/measures.csv; its README documents the columns):
/// <c>name, definition, source, source_key, unit, polarity, target, area_targets, baseline, tolerance, age_band, owner, priority</c>, and
/// optional <c>agency</c> (the web app's agency whose partner officers return it), <c>window_months</c> (a repeat victims
/// measure's look-back, 12 when empty) and <c>share_of_people</c> (yes: a returned percentage of people, withheld on a small
/// base; <see cref="Measure.ShareOfPeople"/>).
/// A line that cannot be used is reported with its line and field; the others are kept.
/// </summary>
internal static class MeasureCsvReader
{
    public const string Description = "a measures file (name, definition, source, source_key, unit, polarity, target, ...)";

    private static readonly string[] Required = ["name", "source", "unit", "polarity"];

    public static (IReadOnlyList<Measure> Measures, IReadOnlyList<ImportIssue> Issues) Read(Stream stream, string fileName)
    {
        using var csv = new CsvInput(stream, fileName);
        if (!csv.ReadHeader(Required, Description)) return ([], [csv.FileError!]);
        var measures = new List<Measure>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (csv.ReadRow())
        {
            string Text(string column) => csv.Column(column) is var i and >= 0 && csv.TryText(i, column, null, out var t) ? t : "";
            var name = Text("name");
            if (name.Length == 0)
            {
                csv.Quarantine("name", "the measure has no name.");
                continue;
            }
            if (!names.Add(name))
            {
                csv.Quarantine("name", $"'{name}' is defined twice.");
                continue;
            }
            MeasureSourceKind? source = Text("source").ToLowerInvariant() switch
            {
                "police.uk" or "police-uk" or "police" => MeasureSourceKind.PoliceUkCategory,
                "return" or "partner return" or "partner" => MeasureSourceKind.PartnerReturn,
                "incidents" or "incident" or "incident count" => MeasureSourceKind.IncidentCount,
                "repeat victims" or "repeat-victims" or "da repeat victims" => MeasureSourceKind.RepeatVictims,
                _ => null,
            };
            if (source is null)
            {
                csv.Quarantine("source", $"'{Text("source")}' is not a source: police.uk, return, incidents or repeat victims.");
                continue;
            }
            if (!MeasureUnits.TryParse(Text("unit"), out var unit))
            {
                csv.Quarantine("unit", $"'{Text("unit")}' is not a unit: count, percentage, rate per 1,000 or currency.");
                continue;
            }
            Polarity? polarity = Text("polarity").ToLowerInvariant() switch
            {
                "lower" or "lower is better" or "lower-better" => Polarity.LowerIsBetter,
                "higher" or "higher is better" or "higher-better" => Polarity.HigherIsBetter,
                "monitor" or "monitor only" or "monitor-only" => Polarity.MonitorOnly,
                _ => null,
            };
            if (polarity is null)
            {
                csv.Quarantine("polarity", $"'{Text("polarity")}' is not a polarity: lower, higher or monitor.");
                continue;
            }
            if (!MeasureTarget.TryParse(Text("target"), out var target))
            {
                csv.Quarantine("target", $"'{Text("target")}' is not a target: a number, a change (reduce by 5%, -2pp), reduce, increase or maintain.");
                continue;
            }
            var areaTargets = new Dictionary<string, MeasureTarget>(StringComparer.OrdinalIgnoreCase);
            string? bad = null;
            foreach (var pair in Text("area_targets").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0 || !MeasureTarget.TryParse(pair[(eq + 1)..], out var t) || t is null)
                {
                    bad = pair;
                    break;
                }
                areaTargets[pair[..eq].Trim()] = t;
            }
            if (bad is not null)
            {
                csv.Quarantine("area_targets", $"'{bad}' is not area=target (e.g. Dartford=reduce;Gravesham=maintain).");
                continue;
            }
            if (!OptionalNumber(Text("baseline"), out var baseline))
            {
                csv.Quarantine("baseline", $"'{Text("baseline")}' is not a number.");
                continue;
            }
            if (!OptionalNumber(Text("tolerance"), out var tolerance) || tolerance < 0)
            {
                csv.Quarantine("tolerance", $"'{Text("tolerance")}' is not a tolerance (a number, 0 or more).");
                continue;
            }
            AgeBand? band = null;
            if (Text("age_band") is { Length: > 0 } bandText)
            {
                if (!AgeBand.TryParse(bandText, out var b))
                {
                    csv.Quarantine("age_band", $"'{bandText}' is not an age band (10-17, 18+, all).");
                    continue;
                }
                band = b;
            }
            if (source == MeasureSourceKind.RepeatVictims && unit != MeasureUnit.Percentage)
            {
                csv.Quarantine("unit", $"a repeat victims measure is a percentage (repeat incidents per 100 domestic abuse incidents), not '{Text("unit")}'.");
                continue;
            }
            var window = 12;
            if (Text("window_months") is { Length: > 0 } windowText
                && (!int.TryParse(windowText, NumberStyles.None, CultureInfo.InvariantCulture, out window) || window is < 1 or > 120))
            {
                csv.Quarantine("window_months", $"'{windowText}' is not a look-back window in whole months (1 to 120).");
                continue;
            }
            var shareOfPeople = Text("share_of_people");
            if (shareOfPeople.Length > 0 && !shareOfPeople.Equals("yes", StringComparison.OrdinalIgnoreCase) && !shareOfPeople.Equals("no", StringComparison.OrdinalIgnoreCase))
            {
                csv.Quarantine("share_of_people", $"'{shareOfPeople}' is not yes or no.");
                continue;
            }
            if (shareOfPeople.Equals("yes", StringComparison.OrdinalIgnoreCase) && (unit != MeasureUnit.Percentage || source != MeasureSourceKind.PartnerReturn))
            {
                csv.Quarantine("share_of_people", "only a returned percentage is a share of people (a share counted from incidents carries its own base).");
                continue;
            }
            measures.Add(new Measure(name, Text("definition"), source.Value, Text("source_key") is { Length: > 0 } key ? key : name, unit, polarity.Value,
                target, areaTargets, Text("owner"), Text("priority"), baseline, tolerance, band)
            {
                Agency = Text("agency") is { Length: > 0 } agency ? agency : null, WindowMonths = window, ShareOfPeople = shareOfPeople.Equals("yes", StringComparison.OrdinalIgnoreCase),
            });
        }
        return (measures, csv.TakeIssues());
    }

    private static bool OptionalNumber(string text, out decimal? value)
    {
        value = null;
        if (text.Length == 0) return true;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n)) return false;
        value = n;
        return true;
    }
}
