using System.Globalization;
using Csp.Core.Reports;

namespace Csp.Core.Cases.SubjectAccess;

/// <summary>
/// The subject access export as a document (HTML, PDF, Word through the report renderers): the person's record, each case
/// with their role and what it records, risk assessments, interventions, Case Review applications and who has read or
/// changed their record. It says what was withheld and why, and that it is to be read before release. Not public: it is
/// personal data for the person it is about.
/// </summary>
public static class SubjectAccessReport
{
    public const string Kind = "subject-access";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static Classification Classification { get; } = new(false, "Personal data: for the data subject, after review", 0);

    public static ReportDocument Build(SubjectAccessRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var p = record.Person;
        var title = $"Subject access: the records held about {p.Name}";
        List<CoverField> cover =
        [
            new("Subject", p.Name),
            new("Person's record", "no. " + p.Id.ToString(CultureInfo.InvariantCulture)),
            new("Produced", Day(record.Produced)),
            new("Produced by", record.ProducedBy),
            new("Held by", "the Community Safety Partnership's ASB case management (CSP Workbench)"),
        ];
        var summary = new List<ReportBlock>();
        if (p.Demo) summary.Add(new NoteBlock("Demonstration data: every name, place and event in this document is fictitious.", NoteKind.Warning));
        summary.Add(new ParagraphBlock(
            "This document gives the personal data that the partnership's anti-social behaviour (ASB) case records hold about the person named above, " +
            "in answer to a subject access request (UK GDPR Article 15; Data Protection Act 2018)."));
        summary.Add(new ParagraphBlock(
            $"It covers {Count(record.Cases.Count, "case")}, {Count(record.RiskAssessments.Count, "risk assessment")}, {Count(record.Interventions.Count, "intervention")}, " +
            $"{Count(record.CaseReviews.Count, "ASB Case Review application")}, and {Count(record.AccessLog.Count, "entry", "entries")} of the audit log naming the record."));
        summary.Add(new NoteBlock(
            $"Other people's personal data is withheld (third-party data, Data Protection Act 2018 Schedule 2 paragraph 16). {Count(record.WithheldPeople, "other person", "other people")} on these cases " +
            $"{(record.WithheldPeople == 1 ? "is" : "are")} not named, and wherever the text names one of them, or gives their address, postcode or phone number, it reads {record.Redaction}. " +
            "This is done by matching the details held; text may still identify someone in other words, so the data protection officer reads the whole document before it is released.",
            NoteKind.Warning));
        if (p.AnonymisedOn is { } anonymised)
            summary.Add(new NoteBlock($"This person's record was anonymised on {Day(anonymised)} (retention period or erasure): what remains is given.", NoteKind.Information));

        var sections = new List<ReportSection>();
        var n = 0;
        string Next() => (++n).ToString(CultureInfo.InvariantCulture);
        sections.Add(new ReportSection(Next(), "Your record",
        [
            Table("record", "The person's record", ["Field", "Held"],
            [
                ["Name", p.Name],
                ["Date of birth", p.DateOfBirth is { } dob ? Day(dob) : "not held"],
                ["Address", p.Address ?? "not held"],
                ["Postcode", p.Postcode ?? "not held"],
                ["Phone", p.Phone ?? "not held"],
                ["Marked as vulnerable", p.Vulnerable ? "yes" : "no"],
                ["Record created", Day(p.RecordedOn)],
                ["Anonymised", p.AnonymisedOn is { } a ? Day(a) : "no"],
            ]),
        ]));

        var cases = new List<ReportBlock>();
        if (record.Cases.Count == 0) cases.Add(new ParagraphBlock("The person is on no ASB case."));
        else
        {
            // Seven columns fit an A4 page; the lead agency, ward and outcome are in each case's section.
            cases.Add(Table("cases", "The cases the person is on", ["Case", "Type", "Your role", "Status", "Opened", "Closed", "Others on it (not named)"],
                record.Cases.Select(c => new[]
                {
                    c.Reference, c.CaseType, string.Join(", ", c.Roles), Status(c.Status), Day(c.OpenedOn), c.ClosedOn is { } closed ? Day(closed) : "",
                    c.OtherPeople.ToString(CultureInfo.InvariantCulture),
                })));
        }
        sections.Add(new ReportSection(Next(), "The cases you are on", cases));
        var i = 0;
        foreach (var c in record.Cases)
        {
            i++;
            sections.Add(new ReportSection(Next(), $"Case {c.Reference}: {c.CaseType}", CaseBlocks(c, "c" + i.ToString(CultureInfo.InvariantCulture))));
        }

        sections.Add(new ReportSection(Next(), "Risk assessments about you", RiskBlocks(record.RiskAssessments)));
        sections.Add(new ReportSection(Next(), "Interventions given to you",
            record.Interventions.Count == 0
                ? [new ParagraphBlock("No intervention is recorded against the person.")]
                :
                [
                    Table("interventions", "Interventions", ["Intervention", "Issued", "Conditions", "Comply by", "Ends", "Breaches"],
                        record.Interventions.Select(v => new[]
                        {
                            $"{v.Intervention}, {v.CaseReference}", $"{Day(v.IssuedOn)} by {v.IssuingAgency}", string.Join("; ", v.Conditions), v.ComplyBy is { } by ? Day(by) : "",
                            v.ExpiresOn is { } end ? Day(end) : "", string.Join("; ", v.Breaches.Select(b => $"{Day(b.On)} (incident {b.IncidentReference})")),
                        })),
                ]));
        sections.Add(new ReportSection(Next(), "ASB Case Review applications you made",
            record.CaseReviews.Count == 0
                ? [new ParagraphBlock("No ASB Case Review application was made by or for the person.")]
                : record.CaseReviews.Select((r, k) => (ReportBlock)Table("review-" + (k + 1).ToString(CultureInfo.InvariantCulture),
                    $"ASB Case Review (Community Trigger) application {r.Reference}", ["Step", "Recorded"],
                    [
                        ["Case", r.CaseReference ?? "not on a case"],
                        ["Received", Day(r.ReceivedOn)],
                        ["Made", (r.OnBehalf ? "on your behalf" : "by you") + (r.Consent ? ", with your consent" : "")],
                        ["Threshold check", r.ThresholdSummary],
                        ["Acknowledged", r.AcknowledgedOn is { } ack ? Day(ack) : "not yet"],
                        ["Threshold decided", r.ThresholdDecidedOn is { } d ? $"{Day(d)}: {(r.ThresholdMet == true ? "met" : "not met")}" : "not yet"],
                        ["Review held", r.ReviewHeldOn is { } h ? Day(h) : "not yet"],
                        ["Outcome sent", r.OutcomeSentOn is { } o ? Day(o) : "not yet"],
                        ["Recommendations", r.Recommendations.ToString(CultureInfo.InvariantCulture)],
                        ["Decision", r.Decision ?? ""],
                    ])).ToList()));
        sections.Add(new ReportSection(Next(), "Who has read or changed your record",
            record.AccessLog.Count == 0
                ? [new ParagraphBlock("No read or change of the record is in the audit log.")]
                :
                [
                    new ParagraphBlock("Every time an officer read the record on a case page, or the record or a case it is on was changed, the audit log kept who, when and on which case. " +
                        "Officers are named by their user names: they acted in their official capacity."),
                    Table("access", "Reads and changes of the record (oldest first)", ["When", "Who", "Agency", "What", "Case"],
                        record.AccessLog.Select(e => new[] { When(e.At), e.UserName ?? "the system", e.Agency ?? "", e.What, e.CaseReference ?? "" })),
                ]));
        sections.Add(new ReportSection(null, "How this document was produced",
        [
            new ParagraphBlock("Every record held about the person was read from the case management database: their own record; the cases on which they are a victim, " +
                "perpetrator, witness or reporter, on which they reported an incident, or for which they applied for an ASB Case Review; the incidents, notes, tasks and documents on those cases; " +
                "risk assessments of them (or, where an assessment names nobody, of the victim on a case where they are the victim); interventions given to them; " +
                "and the audit log's entries that name their record. Documents are listed, not reproduced: a redacted copy of each is provided separately after review."),
            new ParagraphBlock($"Producing this document is itself recorded in the audit log ({record.ProducedBy}, {Day(record.Produced)})."),
        ]));
        List<DataSource> sources = [new("ASB case management records", $"as held on {Day(record.Produced)}", "Personal data: not for publication", [])];
        return new ReportDocument(Kind, title, null, Classification, cover, summary, sections, sources);
    }

    private static List<ReportBlock> CaseBlocks(SubjectCase c, string id)
    {
        var blocks = new List<ReportBlock>();
        if (c.AnonymisedOn is { } anonymised) blocks.Add(new NoteBlock($"This case was anonymised on {Day(anonymised)}: its text was removed, its dates and type kept.", NoteKind.Information));
        blocks.Add(new ParagraphBlock($"Your role: {string.Join(", ", c.Roles)}. Led by {c.LeadAgency}; opened {Day(c.OpenedOn)}" +
            (c.ClosedOn is { } closed ? $", closed {Day(closed)} ({c.Outcome})." : $"; {Status(c.Status).ToLowerInvariant()}.") +
            (c.OtherPeople == 0 ? "" : $" {Count(c.OtherPeople, "other person", "other people")} on the case {(c.OtherPeople == 1 ? "is" : "are")} not named.")));
        if (c.Location is not null) blocks.Add(new ParagraphBlock("Place: " + c.Location));
        if (c.Summary is not null) blocks.Add(new ParagraphBlock("Summary: " + c.Summary));
        blocks.Add(c.Incidents.Count == 0 ? new ParagraphBlock("No incidents are recorded on the case.")
            : Table(id + "-incidents", $"{c.Reference}: incidents", ["Date", "Time", "What happened", "Reported by", "Reported to", "Reference"],
                c.Incidents.Select(x => new[] { Day(x.OccurredOn), x.OccurredAt ?? "", x.Description, x.ReportedBy ?? "", x.ReportedTo ?? "", x.Reference ?? "" })));
        if (c.Notes.Count > 0)
            blocks.Add(Table(id + "-notes", $"{c.Reference}: notes", ["When", "By", "Note"], c.Notes.Select(x => new[] { When(x.At), x.By ?? "", x.Text })));
        if (c.Tasks.Count > 0)
            blocks.Add(Table(id + "-tasks", $"{c.Reference}: tasks", ["Task", "Assigned to", "Due", "Done", "Outcome"],
                c.Tasks.Select(x => new[] { x.Title, x.AssignedTo ?? "", x.DueOn is { } d ? Day(d) : "", x.DoneOn is { } done ? Day(done) : "", x.Outcome ?? "" })));
        if (c.Documents.Count > 0)
            blocks.Add(Table(id + "-documents", $"{c.Reference}: documents held (listed, not reproduced)", ["Document", "Kind", "Size", "Uploaded", "Content"],
                c.Documents.Select(x => new[] { x.FileName, x.Kind, Size(x.SizeBytes), When(x.UploadedAt), x.ContentRemoved ? "removed" : "held: a reviewed copy is provided separately" })));
        return blocks;
    }

    private static List<ReportBlock> RiskBlocks(IReadOnlyList<SubjectRiskAssessment> assessments)
    {
        if (assessments.Count == 0) return [new ParagraphBlock("No risk assessment of the person is recorded.")];
        var blocks = new List<ReportBlock>
        {
            Table("risk", "Risk assessments", ["Case", "Date", "Assessor", "Score", "Level", "Raised to", "Why raised"],
                assessments.Select(a => new[]
                {
                    a.CaseReference, Day(a.AssessedOn), a.Assessor, $"{a.Score} of {a.MaxScore}", a.Level, a.RaisedTo ?? "", a.RaisedBecause ?? "",
                })),
        };
        var k = 0;
        foreach (var a in assessments.Where(a => a.Answers.Count > 0))
        {
            k++;
            blocks.Add(Table("risk-" + k.ToString(CultureInfo.InvariantCulture), $"The answers of the assessment of {Day(a.AssessedOn)} ({a.CaseReference})", ["Question", "Answer"],
                a.Answers.Select(x => new[] { x.Question, x.Answer })));
        }
        return blocks;
    }

    private static TableBlock Table(string id, string caption, IReadOnlyList<string> headers, IEnumerable<string[]> rows) =>
        new(new ReportTable(id, caption, headers.Select(h => new TableColumn(h, CellFormat.Text)).ToList(),
            rows.Select(r => new TableRow(r.Select(TableCell.Of).ToList())).ToList(), []));

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", EnGb);

    private static string When(DateTimeOffset at) => Periods.UkTime.FromInstant(at).ToString("d MMM yyyy HH:mm", EnGb);

    private static string Status(string status) => status == "UnderReview" ? "Under review" : status;

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1048576.0).ToString("0.0", EnGb) + " MB"
        : Math.Max(1, (bytes + 1023) / 1024).ToString("N0", EnGb) + " KB";

    private static string Count(int n, string one, string? many = null) =>
        n.ToString("N0", EnGb) + " " + (n == 1 ? one : many ?? one + "s");
}
