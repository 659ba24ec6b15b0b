using Csp.Core.Cases.CaseReview;
using Csp.Core.Cases.Interventions;
using Csp.Core.Cases.RiskMatrix;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Cases;

/// <summary>
/// /cases/{id}: one case for an officer entitled to it (404 for anyone else, so a case's existence is not disclosed): its
/// timeline, people by role, incidents, the risk assessment form and result, interventions, tasks, Case Review
/// applications and notes, each with its form. Every read and change is audited by the use case.
/// </summary>
public sealed partial class CaseModel(AsbCases cases) : PageModel
{
    public CaseDetail Case { get; private set; } = null!;

    public IReadOnlyList<AgencyChoice> Agencies { get; private set; } = [];

    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    public RiskAssessmentMatrix? Matrix => cases.Configuration.Matrix;

    public DateOnly Today => cases.Today;

    public List<string> Errors { get; } = [];

    /// <summary>The form the errors belong to, so the page shows them beside it.</summary>
    public string? ErrorsFor { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    public Task<IActionResult> OnPostPersonAsync(long id, string? role, string? name, DateOnly? dateOfBirth, string? address, string? postcode, string? phone, bool vulnerable, CancellationToken cancellationToken) =>
        ChangeAsync(id, "people", cases.AddPersonAsync(Officer(), id, new NewPerson(role ?? "", name, dateOfBirth, address, postcode, phone, vulnerable), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostIncidentAsync(long id, DateOnly? occurredOn, string? occurredAt, string? description, long? reportedBy, long? reportedTo, string? reference, CancellationToken cancellationToken) =>
        occurredOn is null ? RefuseAsync(id, "incidents", "Give the incident's date.", cancellationToken)
            : ChangeAsync(id, "incidents", cases.AddIncidentAsync(Officer(), id, new NewIncident(occurredOn.Value, occurredAt, description ?? "", reportedBy, reportedTo, reference), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRiskAsync(long id, long? personId, string? raisedTo, string? raisedBecause, CancellationToken cancellationToken)
    {
        var answers = Request.Form.Where(f => f.Key.StartsWith("answer-", StringComparison.Ordinal)).ToDictionary(f => f.Key["answer-".Length..], f => f.Value.ToString());
        RiskLevel? raised = Enum.TryParse<RiskLevel>(raisedTo, out var r) ? r : null;
        return ChangeAsync(id, "risk", cases.AssessRiskAsync(Officer(), id, personId, answers, raised, raisedBecause, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostInterventionAsync(long id, InterventionType type, long? personId, string? place, DateOnly? issuedOn, long? agencyId, string? conditions,
        DateOnly? complyBy, DateOnly? expiresOn, CancellationToken cancellationToken) =>
        issuedOn is null ? RefuseAsync(id, "interventions", "Give the day it was issued.", cancellationToken)
            : ChangeAsync(id, "interventions", cases.AddInterventionAsync(Officer(), id, new NewIntervention(type, personId, place, issuedOn.Value, agencyId,
                (conditions ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), complyBy, expiresOn), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostBreachAsync(long id, long interventionId, DateOnly? breachedOn, string? incidentReference, CancellationToken cancellationToken) =>
        breachedOn is null ? RefuseAsync(id, "interventions", "Give the day of the breach.", cancellationToken)
            : ChangeAsync(id, "interventions", cases.AddBreachAsync(Officer(), id, interventionId, breachedOn.Value, incidentReference ?? "", cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostTaskAsync(long id, string? title, string? assignedTo, long? agencyId, DateOnly? dueOn, CancellationToken cancellationToken) =>
        ChangeAsync(id, "tasks", cases.AddTaskAsync(Officer(), id, new NewTask(title ?? "", assignedTo, agencyId, dueOn), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostTaskDoneAsync(long id, long taskId, string? outcome, CancellationToken cancellationToken) =>
        ChangeAsync(id, "tasks", cases.CompleteTaskAsync(Officer(), id, taskId, outcome, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(long id, string? text, CancellationToken cancellationToken) =>
        ChangeAsync(id, "notes", cases.AddNoteAsync(Officer(), id, text ?? "", cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(long id, string? outcome, CancellationToken cancellationToken) =>
        ChangeAsync(id, "close", cases.CloseAsync(Officer(), id, outcome ?? "", cancellationToken), cancellationToken);

    /// <summary>An application with its complaints, one a line as <c>reported_on,behaviour_on,agency</c> (yyyy-MM-dd).</summary>
    public Task<IActionResult> OnPostReviewAsync(long id, DateOnly? receivedOn, long? applicantId, bool onBehalf, bool consent, string? complaints, CancellationToken cancellationToken)
    {
        if (receivedOn is null) return RefuseAsync(id, "review", "Give the day the application was received.", cancellationToken);
        var list = new List<Complaint>();
        var lineNumber = 0;
        foreach (var line in (complaints ?? "").Split('\n', StringSplitOptions.TrimEntries))
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var parts = line.Split(',', 3, StringSplitOptions.TrimEntries);
            if (parts.Length < 3 || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var reported) || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var behaviour))
                return RefuseAsync(id, "review", $"Complaints, line {lineNumber}: '{line}' is not reported_on,behaviour_on,agency with dates as yyyy-MM-dd.", cancellationToken);
            list.Add(new Complaint(reported, behaviour, parts[2]));
        }
        return ChangeAsync(id, "review", cases.ApplyForReviewAsync(Officer(), id, receivedOn.Value, applicantId, onBehalf, consent, list, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostReviewProgressAsync(long id, long reviewId, DateOnly? acknowledgedOn, DateOnly? decidedOn, string? met, DateOnly? heldOn, DateOnly? outcomeSentOn,
        int? recommendations, string? decision, CancellationToken cancellationToken) =>
        ChangeAsync(id, "review", cases.DecideReviewAsync(Officer(), id, reviewId,
            new CaseReviewProgress(acknowledgedOn, decidedOn, met switch { "yes" => true, "no" => false, _ => null }, heldOn, outcomeSentOn, recommendations, decision), cancellationToken), cancellationToken);

    /// <summary>An appeal against a Case Review's outcome: when it was received and its grounds.</summary>
    public Task<IActionResult> OnPostAppealAsync(long id, long reviewId, DateOnly? appealReceivedOn, string? grounds, CancellationToken cancellationToken) =>
        appealReceivedOn is { } received
            ? ChangeAsync(id, "review", cases.AppealReviewAsync(Officer(), id, reviewId, received, grounds, cancellationToken), cancellationToken)
            : RefuseAsync(id, "review", "Give the day the appeal was received.", cancellationToken);

    /// <summary>The decision on an appeal: upheld, partly upheld or not upheld, the reasons, when and by whom.</summary>
    public Task<IActionResult> OnPostAppealDecisionAsync(long id, long appealId, string? appealDecision, string? reasons, DateOnly? appealDecidedOn, string? decidedBy,
        CancellationToken cancellationToken) =>
        appealDecidedOn is { } decided
            ? ChangeAsync(id, "review", cases.DecideAppealAsync(Officer(), id, appealId, appealDecision, reasons, decided, decidedBy, cancellationToken), cancellationToken)
            : RefuseAsync(id, "review", "Give the day the appeal was decided.", cancellationToken);

    private CaseUser Officer() => CaseUsers.From(HttpContext);

    private async Task<IActionResult> ChangeAsync(long id, string section, Task<CaseChange> change, CancellationToken cancellationToken)
    {
        var done = await change.ConfigureAwait(false);
        if (done.NotFound) return NotFound();
        // Post, redirect, get: a reload does not post the form again.
        if (done.Done) return Redirect($"/cases/{id}#{section}");
        Errors.AddRange(done.Errors);
        ErrorsFor = section;
        return await LoadAsync(id, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();
    }

    private async Task<IActionResult> RefuseAsync(long id, string section, string error, CancellationToken cancellationToken)
    {
        if (!await cases.MaySeeAsync(Officer(), id, cancellationToken).ConfigureAwait(false)) return NotFound();
        Errors.Add(error);
        ErrorsFor = section;
        return await LoadAsync(id, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var user = Officer();
        if (await cases.GetAsync(user, id, cancellationToken).ConfigureAwait(false) is not { } detail) return false;
        Case = detail;
        Agencies = await cases.AgenciesAsync(cancellationToken).ConfigureAwait(false);
        Audit = await cases.AuditAsync(user, id, null, cancellationToken).ConfigureAwait(false) ?? [];
        Documents = await cases.DocumentsAsync(user, id, cancellationToken).ConfigureAwait(false) ?? [];
        return true;
    }
}
