using System.Globalization;
using System.Text.Json;
using Csp.Core.Cases.Interventions;
using Csp.Core.Cases.RiskMatrix;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Cases;

public sealed partial class AsbCases
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Opens a case led by the user's agency, with the user as lead officer.</summary>
    public async Task<CaseChange> OpenAsync(CaseUser user, NewCase request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = database.CreateContext();
        if (await ScopeAsync(db, user, cancellationToken).ConfigureAwait(false) is not { } scope)
            return CaseChange.Refused("Only case officers and partner officers of a member agency open cases.");
        var errors = new List<string>();
        var type = request.CaseType?.Trim() ?? "";
        if (type.Length == 0) errors.Add("Give the type of case.");
        else if (type.Length > 100) errors.Add("The type of case is longer than 100 characters.");
        var opened = request.OpenedOn ?? Today;
        if (opened > Today) errors.Add($"The case cannot be opened in the future ({opened:d MMMM yyyy}).");
        var partners = request.PartnerAgencyIds.Where(p => p != scope.AgencyId).Distinct().ToList();
        var known = await db.Agencies.Where(a => partners.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (known.Count != partners.Count) errors.Add("A partner agency is not one of the partnership's agencies.");
        if (errors.Count > 0) return new CaseChange(false, 0, errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = new AsbCaseRow
        {
            Reference = "new-" + Guid.NewGuid().ToString("N"),
            CaseType = type,
            Status = CaseStatuses.Open,
            LeadAgencyId = scope.AgencyId,
            LeadOfficer = user.UserName,
            Location = Clean(request.Location, 300),
            LocationKey = LocationKey(request.Location),
            Ward = Clean(request.Ward, 100),
            Lsoa = Clean(request.Lsoa, 20),
            Latitude = request.Latitude,
            Longitude = request.Longitude,
            Summary = Clean(request.Summary, 4000),
            OpenedOn = opened,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = user.UserName,
            Partners = partners.Select(p => new CaseAgencyRow { AgencyId = p }).ToList(),
        };
        db.AsbCases.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        row.Reference = Reference(opened, row.Id);
        Audit(db, user, AuditActions.CaseOpened, row.Id, null, row.Reference, "case " + Id(row.Id), $"{type}, partners {partners.Count}");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(row.Id);
    }

    /// <summary>ASB-2025-000123: the year opened and the row's id, so a reference is unique without a counter.</summary>
    public static string Reference(DateOnly openedOn, long id) => string.Create(CultureInfo.InvariantCulture, $"ASB-{openedOn.Year}-{id:D6}");

    /// <summary>Adds a person to the case in a role: a new person, or one already on a case the user may see.</summary>
    public async Task<CaseChange> AddPersonAsync(CaseUser user, long caseId, NewPerson person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return CaseChange.Missing;
        var (scope, row) = found;
        if (!CaseRoles.All.Contains(person.Role)) return CaseChange.Refused($"The role must be one of {string.Join(", ", CaseRoles.All)}.");
        long personId;
        if (person.ExistingPersonId is { } existing)
        {
            var reachable = await db.CasePeople.AnyAsync(cp => cp.PersonId == existing && Visible(db, scope).Any(c => c.Id == cp.CaseId), cancellationToken).ConfigureAwait(false);
            if (!reachable) return CaseChange.Refused("No such person on a case you can see.");
            personId = existing;
        }
        else
        {
            var name = Clean(person.Name, 200);
            if (name is null) return CaseChange.Refused("Give the person's name.");
            if (person.DateOfBirth is { } dob && (dob > Today || dob.Year < 1900)) return CaseChange.Refused("The date of birth is not a possible one.");
            var p = new PersonRow
            {
                Name = name,
                DateOfBirth = person.DateOfBirth,
                Address = Clean(person.Address, 300),
                Postcode = Clean(person.Postcode, 10)?.ToUpperInvariant(),
                Phone = Clean(person.Phone, 40),
                Vulnerable = person.Vulnerable,
                Demo = row.Demo,
                CreatedAt = clock.GetUtcNow(),
            };
            db.People.Add(p);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            personId = p.Id;
        }
        if (await db.CasePeople.AnyAsync(cp => cp.CaseId == caseId && cp.PersonId == personId && cp.Role == person.Role, cancellationToken).ConfigureAwait(false))
            return CaseChange.Refused($"The person is already on the case as {person.Role}.");
        db.CasePeople.Add(new CasePersonRow { CaseId = caseId, PersonId = personId, Role = person.Role, AddedOn = Today });
        Audit(db, user, AuditActions.CaseChanged, caseId, personId, row.Reference, $"person {Id(personId)} as {person.Role}", person.ExistingPersonId is null ? "added a new person" : "added a known person");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(personId);
    }

    public async Task<CaseChange> AddIncidentAsync(CaseUser user, long caseId, NewIncident incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incident);
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return CaseChange.Missing;
        var errors = new List<string>();
        var description = Clean(incident.Description, 4000);
        if (description is null) errors.Add("Say what happened.");
        if (incident.OccurredOn > Today) errors.Add("The incident's date is in the future.");
        var time = Clean(incident.OccurredAt, 5);
        if (time is not null && !TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) errors.Add("The time must be HH:mm (24-hour clock).");
        if (incident.ReportedById is { } by && !await db.CasePeople.AnyAsync(cp => cp.CaseId == caseId && cp.PersonId == by, cancellationToken).ConfigureAwait(false))
            errors.Add("Whoever reported it must be a person on the case.");
        if (incident.ReportedToAgencyId is { } to && !await db.Agencies.AnyAsync(a => a.Id == to, cancellationToken).ConfigureAwait(false))
            errors.Add("The agency it was reported to is not one of the partnership's agencies.");
        if (errors.Count > 0) return new CaseChange(false, 0, errors);
        var row = new CaseIncidentRow
        {
            CaseId = caseId,
            OccurredOn = incident.OccurredOn,
            OccurredAt = time,
            Description = description!,
            ReportedById = incident.ReportedById,
            ReportedToAgency = incident.ReportedToAgencyId,
            Reference = Clean(incident.Reference, 60),
            Location = Clean(incident.Location, 300),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = user.UserName,
        };
        db.CaseIncidents.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Audit(db, user, AuditActions.CaseChanged, caseId, incident.ReportedById, found.Row.Reference, "incident " + Id(row.Id), "added an incident");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(row.Id);
    }

    public async Task<CaseChange> AddNoteAsync(CaseUser user, long caseId, string text, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return CaseChange.Missing;
        if (Clean(text, 8000) is not { } clean) return CaseChange.Refused("The note is empty.");
        var row = new CaseNoteRow { CaseId = caseId, Text = clean, CreatedAt = clock.GetUtcNow(), CreatedBy = user.UserName };
        db.CaseNotes.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Audit(db, user, AuditActions.CaseChanged, caseId, null, found.Row.Reference, "note " + Id(row.Id), "added a note");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(row.Id);
    }

    public async Task<CaseChange> AddTaskAsync(CaseUser user, long caseId, NewTask task, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return CaseChange.Missing;
        if (Clean(task.Title, 300) is not { } title) return CaseChange.Refused("Say what the task is.");
        if (task.AgencyId is { } agency && !await db.Agencies.AnyAsync(a => a.Id == agency, cancellationToken).ConfigureAwait(false))
            return CaseChange.Refused("The task's agency is not one of the partnership's agencies.");
        var row = new CaseTaskRow { CaseId = caseId, Title = title, AssignedTo = Clean(task.AssignedTo, 200), AgencyId = task.AgencyId, DueOn = task.DueOn, CreatedAt = clock.GetUtcNow(), CreatedBy = user.UserName };
        db.CaseTasks.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Audit(db, user, AuditActions.CaseChanged, caseId, null, found.Row.Reference, "task " + Id(row.Id), "added a task");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(row.Id);
    }

    public async Task<CaseChange> CompleteTaskAsync(CaseUser user, long caseId, long taskId, string? outcome, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return CaseChange.Missing;
        var task = await db.CaseTasks.FirstOrDefaultAsync(t => t.Id == taskId && t.CaseId == caseId, cancellationToken).ConfigureAwait(false);
        if (task is null) return CaseChange.Refused("No such task on this case.");
        if (task.DoneOn is not null) return CaseChange.Refused("The task is already done.");
        task.DoneOn = Today;
        task.Outcome = Clean(outcome, 2000);
        Audit(db, user, AuditActions.CaseChanged, caseId, null, found.Row.Reference, "task " + Id(taskId), "completed a task");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(taskId);
    }

    /// <summary>
    /// Scores a risk assessment through the partnership's matrix and keeps it with its date and assessor; the case takes its
    /// level, score and reassessment date when it is the latest. Each action the level requires becomes a task on the case
    /// with its due date (high risk: refer to the Vulnerability Panel within the matrix's working days). An answer the matrix
    /// does not have, or a raised level without a reason, refuses the whole assessment; unanswered questions are allowed and
    /// shown as such.
    /// </summary>
    /// <param name="assessedOn">Null: today.</param>
    public async Task<CaseChange> AssessRiskAsync(CaseUser user, long caseId, long? personId, IReadOnlyDictionary<string, string> answers, RiskLevel? raisedTo,
        string? raisedBecause, CancellationToken cancellationToken, DateOnly? assessedOn = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return CaseChange.Missing;
        if (configuration.Matrix is not { } matrix)
            return CaseChange.Refused("No risk assessment matrix is loaded: " + string.Join("; ", configuration.Issues.Where(i => i.File.EndsWith(AsbCaseConfiguration.MatrixFile, StringComparison.Ordinal))));
        var day = assessedOn ?? Today;
        if (day > Today) return CaseChange.Refused("The assessment cannot be dated in the future.");
        if (personId is { } pid && !await db.CasePeople.AnyAsync(cp => cp.CaseId == caseId && cp.PersonId == pid, cancellationToken).ConfigureAwait(false))
            return CaseChange.Refused("The person assessed must be on the case.");
        var reason = Clean(raisedBecause, 2000);
        if (raisedTo is not null && reason is null) return CaseChange.Refused("Say why the risk is raised above the score's level.");
        var given = answers.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToDictionary(a => a.Key, a => a.Value.Trim(), StringComparer.OrdinalIgnoreCase);
        var score = matrix.Score(new RiskAssessment(day, user.UserName, given, raisedTo, reason), configuration.Calendar);
        if (score.Problems.Count > 0) return new CaseChange(false, 0, score.Problems);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var row = new RiskAssessmentRow
        {
            CaseId = caseId,
            PersonId = personId,
            AssessedOn = day,
            Assessor = user.UserName,
            Answers = JsonSerializer.Serialize(given),
            RaisedTo = raisedTo?.ToString(),
            RaisedBecause = raisedTo is null ? null : reason,
            Score = score.Total,
            MaxScore = score.MaxScore,
            Level = score.Level.ToString(),
            ReassessBy = score.ReassessBy,
            CreatedAt = clock.GetUtcNow(),
        };
        db.RiskAssessments.Add(row);
        var latest = await db.RiskAssessments.Where(r => r.CaseId == caseId).Select(r => (DateOnly?)r.AssessedOn).MaxAsync(cancellationToken).ConfigureAwait(false);
        if (latest is null || day >= latest)
        {
            found.Row.RiskLevel = row.Level;
            found.Row.RiskScore = row.Score;
            found.Row.ReassessBy = row.ReassessBy;
        }
        foreach (var action in score.Actions)
        {
            db.CaseTasks.Add(new CaseTaskRow
            {
                CaseId = caseId,
                Title = $"{action.Text} ({RiskAssessmentWords.Level(score.Level)} risk assessment of {day.ToString("d MMMM yyyy", EnGb)})",
                AssignedTo = found.Row.LeadOfficer ?? user.UserName,
                DueOn = action.Deadline?.Due,
                Kind = Panel.PanelTasks.Kind(action.Text),
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = user.UserName,
            });
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Audit(db, user, AuditActions.CaseChanged, caseId, personId, found.Row.Reference, "risk assessment " + Id(row.Id),
            $"{RiskAssessmentWords.Level(score.Level)} risk, score {score.Total} of {score.MaxScore}");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(row.Id);
    }

    /// <summary>
    /// Records an intervention, checked by the ladder's rules against the case's others first (a CPN only after a CPW to the
    /// same person whose time to comply has run out; an end within the power's maximum term): a rule broken refuses it, in words.
    /// </summary>
    public async Task<CaseChange> AddInterventionAsync(CaseUser user, long caseId, NewIntervention request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return CaseChange.Missing;
        if (!Enum.IsDefined(request.Type)) return CaseChange.Refused("Unknown intervention type.");
        var power = InterventionPowers.Of(request.Type);
        string subject;
        if (power.AimedAtPlace)
        {
            if (Clean(request.Place, 300) is not { } place) return CaseChange.Refused($"A {power.Name} is given to a place: name it.");
            subject = place;
        }
        else
        {
            if (request.PersonId is not { } pid || !await db.CasePeople.AnyAsync(cp => cp.CaseId == caseId && cp.PersonId == pid, cancellationToken).ConfigureAwait(false))
                return CaseChange.Refused($"A {power.Name} is given to a person: choose one on the case.");
            subject = PersonSubject(pid);
        }
        if (request.IssuedOn > Today) return CaseChange.Refused("The intervention cannot be issued in the future.");
        var agency = request.IssuingAgencyId ?? found.Scope.AgencyId;
        if (!await db.Agencies.AnyAsync(a => a.Id == agency, cancellationToken).ConfigureAwait(false)) return CaseChange.Refused("The issuing agency is not one of the partnership's agencies.");
        var conditions = request.Conditions.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();

        var existing = await db.Interventions.AsNoTracking().Include(i => i.Breaches).Where(i => i.CaseId == caseId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var candidate = new Intervention("new", request.Type, subject, request.IssuedOn, Id(agency))
        {
            Conditions = conditions,
            ComplyBy = request.ComplyBy,
            ExpiresOn = request.ExpiresOn,
        };
        var all = existing.Select(ToCore).Append(candidate).ToList();
        var issues = InterventionRules.CheckOne(candidate, all);
        if (request.Type == InterventionType.CommunityProtectionWarning && request.ComplyBy is { } by && by <= request.IssuedOn)
            issues = [.. issues, new InterventionIssue("new", "The time to comply must end after the warning is issued.")];
        if (issues.Count > 0) return new CaseChange(false, 0, issues.Select(i => i.Message).ToList());

        var row = new InterventionRow
        {
            CaseId = caseId,
            PersonId = power.AimedAtPlace ? null : request.PersonId,
            InterventionType = request.Type.ToString(),
            Subject = subject,
            IssuedOn = request.IssuedOn,
            IssuingAgencyId = agency,
            Conditions = conditions.Count == 0 ? null : string.Join('\n', conditions),
            ComplyBy = request.ComplyBy,
            ExpiresOn = request.ExpiresOn,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = user.UserName,
        };
        db.Interventions.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Audit(db, user, AuditActions.CaseChanged, caseId, row.PersonId, found.Row.Reference, "intervention " + Id(row.Id), $"recorded a {power.Name}");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(row.Id);
    }

    /// <summary>Records a breach of an intervention against the incident (its reference) in which it was seen.</summary>
    public async Task<CaseChange> AddBreachAsync(CaseUser user, long caseId, long interventionId, DateOnly on, string incidentReference, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return CaseChange.Missing;
        var intervention = await db.Interventions.Include(i => i.Breaches).FirstOrDefaultAsync(i => i.Id == interventionId && i.CaseId == caseId, cancellationToken).ConfigureAwait(false);
        if (intervention is null) return CaseChange.Refused("No such intervention on this case.");
        var reference = Clean(incidentReference, 60) ?? "";
        if (on > Today) return CaseChange.Refused("The breach cannot be in the future.");
        var core = ToCore(intervention) with { Breaches = [new InterventionBreach(on, reference)] };
        var issues = InterventionRules.CheckOne(core, [core]).Where(i => i.Message.Contains("breach", StringComparison.OrdinalIgnoreCase)).ToList();
        if (issues.Count > 0) return new CaseChange(false, 0, issues.Select(i => i.Message).ToList());
        var row = new InterventionBreachRow { InterventionId = interventionId, BreachedOn = on, IncidentReference = reference, CreatedAt = clock.GetUtcNow(), CreatedBy = user.UserName };
        intervention.Breaches.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Audit(db, user, AuditActions.CaseChanged, caseId, intervention.PersonId, found.Row.Reference, "breach " + Id(row.Id), $"breach of intervention {Id(interventionId)} in incident {reference}");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(row.Id);
    }

    /// <summary>Closes the case with an outcome.</summary>
    public async Task<CaseChange> CloseAsync(CaseUser user, long caseId, string outcome, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return CaseChange.Missing;
        if (found.Row.Status == CaseStatuses.Closed) return CaseChange.Refused("The case is already closed.");
        if (Clean(outcome, 200) is not { } clean) return CaseChange.Refused("Give the case's outcome.");
        found.Row.Status = CaseStatuses.Closed;
        found.Row.Outcome = clean;
        found.Row.ClosedOn = Today;
        Audit(db, user, AuditActions.CaseChanged, caseId, null, found.Row.Reference, "case " + Id(caseId), "closed: " + clean);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(caseId);
    }

    /// <summary>The case, tracked for change, when the user may see it; a refusal is audited (who tried which case).</summary>
    internal async Task<(AccessScope Scope, AsbCaseRow Row)?> FindAsync(CspDbContext db, CaseUser user, long caseId, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(db, user, cancellationToken).ConfigureAwait(false);
        var row = scope is null ? null : await Visible(db, scope).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            if (await db.AsbCases.AnyAsync(c => c.Id == caseId, cancellationToken).ConfigureAwait(false))
            {
                Audit(db, user, AuditActions.CaseRefused, caseId, null, null, "case " + Id(caseId), $"not entitled ({user.AgencyName}; {string.Join("+", user.Roles)})");
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            return null;
        }
        return (scope!, row);
    }

    internal static string PersonSubject(long personId) => "person:" + Id(personId);

    private static Intervention ToCore(InterventionRow row) =>
        new(Id(row.Id), Enum.Parse<InterventionType>(row.InterventionType), row.Subject, row.IssuedOn, Id(row.IssuingAgencyId))
        {
            Conditions = row.Conditions?.Split('\n') ?? [],
            ComplyBy = row.ComplyBy,
            ExpiresOn = row.ExpiresOn,
            Breaches = row.Breaches.Select(b => new InterventionBreach(b.BreachedOn, b.IncidentReference)).ToList(),
        };

    internal static string? Clean(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        return t.Length <= max ? t : t[..max];
    }
}
