using System.Net;
using Csp.Storage;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests.Cases;

/// <summary>
/// Who sees an ASB case and the people on it, over agencies x roles, through the real pages: the lead agency's officers
/// see it; a partner agency's officers only once an agreement names their role; other agencies get 404 (the case does not
/// exist for them); analysts, administrators and members get 403; nobody signed in is sent to sign in. Every view and
/// refusal is in the audit log.
/// </summary>
public sealed class CaseAccessTests : IAsyncLifetime
{
    private const string Victim = "Vera Victim";
    private readonly CspAppFactory _app = CspAppFactory.InMemory();
    private long _case;
    private long _victim;
    private long _police;
    private long _council;

    /// <summary>User name -> (agency kind, role).</summary>
    private static readonly (string Name, string Agency, string Role)[] Users =
    [
        ("council.officer", "Council", Roles.CaseOfficer),
        ("police.partner", "Police", Roles.PartnerOfficer),
        ("police.officer", "Police", Roles.CaseOfficer),
        ("fire.officer", "Fire", Roles.CaseOfficer),
        ("council.analyst", "Council", Roles.Analyst),
        ("council.admin", "Council", Roles.Administrator),
        ("council.member", "Council", Roles.Member),
    ];

    public async Task InitializeAsync()
    {
        _ = _app.Server;
        await using var scope = _app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var agencies = await scope.ServiceProvider.GetRequiredService<CspDatabase>().CreateContext().Agencies.ToListAsync();
        foreach (var (name, kind, role) in Users)
        {
            await accounts.CreateUserAsync(name, name, agencies.First(a => a.Kind == kind).Id, [role], TestUsers.Password, CancellationToken.None);
        }
        _police = agencies.First(a => a.Kind == "Police").Id;
        _council = agencies.First(a => a.Kind == "Council").Id;
        var cases = scope.ServiceProvider.GetRequiredService<AsbCases>();
        var officer = new CaseUser("council.officer", agencies.First(a => a.Kind == "Council").Name, [Roles.CaseOfficer]);
        _case = (await cases.OpenAsync(officer, new NewCase("Noise", "12 Example Road", "Pelham", null, [_police]), default)).Id;
        _victim = (await cases.AddPersonAsync(officer, _case, new NewPerson(CaseRoles.Victim, Victim), default)).Id;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<HttpResponseMessage> GetAsync(string? user, string path)
    {
        var client = user is null ? _app.Anonymous() : await _app.SignedInAsync(user);
        return await client.GetAsync(path);
    }

    [Fact]
    public async Task Each_agency_and_role_gets_the_case_page_as_entitled_before_and_after_a_sharing_agreement()
    {
        var before = new Dictionary<string, HttpStatusCode>
        {
            ["council.officer"] = HttpStatusCode.OK,
            ["police.partner"] = HttpStatusCode.NotFound,
            ["police.officer"] = HttpStatusCode.NotFound,
            ["fire.officer"] = HttpStatusCode.NotFound,
            ["council.analyst"] = HttpStatusCode.Forbidden,
            ["council.admin"] = HttpStatusCode.Forbidden,
            ["council.member"] = HttpStatusCode.Forbidden,
        };
        var wrong = new List<string>();
        async Task CheckAsync(Dictionary<string, HttpStatusCode> expected, string when)
        {
            foreach (var (user, status) in expected)
            {
                var response = await GetAsync(user, $"/cases/{_case}");
                var html = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != status) wrong.Add($"{when}: {user} got {(int)response.StatusCode}, expected {(int)status}");
                if ((status == HttpStatusCode.OK) != html.Contains(Victim, StringComparison.Ordinal)) wrong.Add($"{when}: {user} {(status == HttpStatusCode.OK ? "did not see" : "saw")} the victim's name");
                var list = await GetAsync(user, "/cases?status=all");
                var listed = (await list.Content.ReadAsStringAsync()).Contains($"/cases/{_case}\"", StringComparison.Ordinal);
                if (listed != (status == HttpStatusCode.OK)) wrong.Add($"{when}: {user} {(listed ? "has" : "lacks")} the case in /cases ({(int)list.StatusCode})");
            }
        }
        await CheckAsync(before, "without an agreement");
        var anonymous = await GetAsync(null, $"/cases/{_case}");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        // The sign-in redirect may be relative (main since hardening-web) or absolute.
        Assert.Equal("/account/sign-in", new Uri(new Uri("http://localhost"), anonymous.Headers.Location!).AbsolutePath);

        // The administrator agrees sharing between the police and the council for partner officers only.
        var admin = await _app.SignedInAsync("council.admin");
        var token = await CspAppFactory.FormTokenAsync(admin, "/admin/sharing");
        var saved = await admin.PostAsync("/admin/sharing", new FormUrlEncodedContent(
        [
            new("agencyId", _police.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("otherAgencyId", _council.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("roles", Roles.PartnerOfficer), new("__RequestVerificationToken", token),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await CheckAsync(new Dictionary<string, HttpStatusCode>(before) { ["police.partner"] = HttpStatusCode.OK }, "with an agreement for partner officers");
        Assert.Empty(wrong);

        await using var scope = _app.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<CspDatabase>().CreateContext();
        var viewers = await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.CasePersonViewed && e.PersonId == _victim).Select(e => e.UserName).Distinct().OrderBy(u => u).ToListAsync();
        Assert.Equal(["council.officer", "police.partner"], viewers);
        var refused = await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.CaseRefused && e.CaseId == _case).Select(e => e.UserName).Distinct().OrderBy(u => u).ToListAsync();
        Assert.Equal(["fire.officer", "police.officer", "police.partner"], refused);
        Assert.Equal(1, await db.AuditLog.CountAsync(e => e.Action == AuditActions.SharingAgreementChanged && e.UserName == "council.admin"));
    }

    [Fact]
    public async Task A_panel_meeting_shows_an_agenda_item_only_to_the_agencies_entitled_to_its_case_and_the_referral_form_likewise()
    {
        long meeting;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var panel = scope.ServiceProvider.GetRequiredService<Csp.Workbench.Panel.VulnerabilityPanel>();
            var officer = new CaseUser("council.officer", "Community Safety Unit (council)", [Roles.CaseOfficer]);
            var referral = await panel.ReferAsync(officer, _case, new Csp.Workbench.Panel.NewReferral(_victim, "Afraid to go out", Csp.Workbench.Panel.PanelConsent.Given, null, panel.Today), default);
            Assert.True(referral.Done, string.Join("; ", referral.Errors));
            var fire = (await scope.ServiceProvider.GetRequiredService<CspDatabase>().CreateContext().Agencies.FirstAsync(a => a.Kind == "Fire")).Id;
            meeting = (await panel.ScheduleAsync(officer, new Csp.Workbench.Panel.NewPanelMeeting(panel.Today, "Chris Chair", null, [_council, _police, fire]), default)).Id;
            Assert.True((await panel.AddToAgendaAsync(officer, meeting, referral.Id, default)).Done);
        }
        // No sharing agreement: the police (a partner on the case) and the fire service attend but are not shown the item.
        var expected = new Dictionary<string, (HttpStatusCode Status, bool SeesItem)>
        {
            ["council.officer"] = (HttpStatusCode.OK, true),
            ["police.partner"] = (HttpStatusCode.OK, false),
            ["fire.officer"] = (HttpStatusCode.OK, false),
            ["council.analyst"] = (HttpStatusCode.Forbidden, false),
            ["council.member"] = (HttpStatusCode.Forbidden, false),
        };
        var wrong = new List<string>();
        foreach (var (user, (status, sees)) in expected)
        {
            var response = await GetAsync(user, $"/panel/meetings/{meeting}");
            var html = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != status) wrong.Add($"{user}: meeting page {(int)response.StatusCode}, expected {(int)status}");
            // Neither the name nor the case's reference: an item on another agency's case is not listed at all.
            foreach (var text in new[] { Victim, $"/cases/{_case}#panel" })
            {
                if (html.Contains(text, StringComparison.Ordinal) != sees) wrong.Add($"{user}: meeting page {(sees ? "lacks" : "shows")} {text}");
            }
            var list = await (await GetAsync(user, "/panel")).Content.ReadAsStringAsync();
            if (status == HttpStatusCode.OK && !list.Contains($"/panel/meetings/{meeting}\"", StringComparison.Ordinal)) wrong.Add($"{user}: /panel lacks the meeting");
            var refer = await GetAsync(user, $"/cases/{_case}/refer");
            var referStatus = sees ? HttpStatusCode.OK : status == HttpStatusCode.OK ? HttpStatusCode.NotFound : status;
            if (refer.StatusCode != referStatus) wrong.Add($"{user}: referral form {(int)refer.StatusCode}, expected {(int)referStatus}");
        }
        Assert.Empty(wrong);
        await using var after = _app.Services.CreateAsyncScope();
        await using var db = after.ServiceProvider.GetRequiredService<CspDatabase>().CreateContext();
        var viewers = await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.PanelMeetingViewed).Select(e => e.UserName + ": " + e.Detail).OrderBy(u => u).ToListAsync();
        Assert.Equal(["council.officer: 1 agenda items shown", "fire.officer: 0 agenda items shown", "police.partner: 0 agenda items shown"], viewers);
    }

    [Fact]
    public async Task A_change_needs_the_anti_forgery_token_and_an_entitled_officer_and_is_audited()
    {
        var officer = await _app.SignedInAsync("council.officer");
        var token = await CspAppFactory.FormTokenAsync(officer, $"/cases/{_case}");
        var forged = await officer.PostAsync($"/cases/{_case}?handler=Note", new FormUrlEncodedContent([new("text", "no token")]));
        var done = await officer.PostAsync($"/cases/{_case}?handler=Note", new FormUrlEncodedContent([new("text", "Visited the victim"), new("__RequestVerificationToken", token)]));

        var outsider = await _app.SignedInAsync("fire.officer");
        var outsiderToken = await CspAppFactory.FormTokenAsync(outsider, "/cases/new");
        var refused = await outsider.PostAsync($"/cases/{_case}?handler=Note", new FormUrlEncodedContent([new("text", "should not land"), new("__RequestVerificationToken", outsiderToken)]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<CspDatabase>().CreateContext();
        Assert.Equal(["Visited the victim"], await db.CaseNotes.Select(n => n.Text).ToListAsync());
        Assert.Equal(1, await db.AuditLog.CountAsync(e => e.Action == AuditActions.CaseChanged && e.CaseId == _case && e.Record!.StartsWith("note ")));
    }

    [Fact]
    public async Task An_officer_opens_a_case_in_the_browser_form_and_leads_it()
    {
        var officer = await _app.SignedInAsync("police.officer");
        var token = await CspAppFactory.FormTokenAsync(officer, "/cases/new");

        var opened = await officer.PostAsync("/cases/new", new FormUrlEncodedContent([new("caseType", "Youth nuisance"), new("location", "The Parade"), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var page = await officer.GetStringAsync(opened.Headers.Location!);
        Assert.Contains("Youth nuisance", page, StringComparison.Ordinal);
        Assert.Contains("Police", page, StringComparison.Ordinal);
        // The council's officer cannot see a police-led case the council is not a partner on.
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("council.officer", opened.Headers.Location!.ToString())).StatusCode);
    }

    [Fact]
    public async Task The_demonstration_caseload_is_labelled_as_such_on_the_list_and_on_each_case()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            Assert.Equal(DemoCaseload.Size, await scope.ServiceProvider.GetRequiredService<DemoCaseload>().LoadAsync(default));
        }
        var officer = await _app.SignedInAsync("council.officer");

        var list = await officer.GetStringAsync("/cases?status=all");
        var demoCase = System.Text.RegularExpressions.Regex.Match(list, "href=\"/cases/(\\d+)\">[^<]+</a><span class=\"muted\"> \\(demo\\)").Groups[1].Value;
        var page = await officer.GetStringAsync($"/cases/{demoCase}");
        var own = await officer.GetStringAsync($"/cases/{_case}");

        Assert.Contains("Demonstration data.", list, StringComparison.Ordinal);
        Assert.Contains("Demonstration data.", page, StringComparison.Ordinal);
        Assert.Contains("(fictitious)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Demonstration data.", own, StringComparison.Ordinal);
        var panel = await officer.GetStringAsync("/panel");
        Assert.Contains("Demonstration data.", panel, StringComparison.Ordinal);
        var meeting = System.Text.RegularExpressions.Regex.Match(panel, "href=\"/panel/meetings/(\\d+)\"").Groups[1].Value;
        var meetingPage = await officer.GetStringAsync($"/panel/meetings/{meeting}");
        Assert.Contains("Demonstration data.", meetingPage, StringComparison.Ordinal);
        Assert.Contains(DemoCaseload.PanelChair, meetingPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_is_uploaded_through_the_case_form_with_its_token_and_downloaded_by_entitled_officers_only()
    {
        var officer = await _app.SignedInAsync("council.officer");
        var token = await CspAppFactory.FormTokenAsync(officer, $"/cases/{_case}");
        MultipartFormDataContent Form(string name, byte[] content, string? withToken)
        {
            var form = new MultipartFormDataContent { { new ByteArrayContent(content), "document", name } };
            if (withToken is not null) form.Add(new StringContent(withToken), "__RequestVerificationToken");
            return form;
        }
        var pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();

        var forged = await officer.PostAsync($"/cases/{_case}?handler=Document", Form("letter.pdf", pdf, null));
        var script = await officer.PostAsync($"/cases/{_case}?handler=Document", Form("run.sh", "#!/bin/sh\nrm -rf /\n"u8.ToArray(), token));
        var done = await officer.PostAsync($"/cases/{_case}?handler=Document", Form("letter.pdf", pdf, token));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("'run.sh' is a program or script (.sh): those are refused.", WebUtility.HtmlDecode(await script.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var page = await officer.GetStringAsync($"/cases/{_case}");
        var link = System.Text.RegularExpressions.Regex.Match(page, $"href=\"(/cases/{_case}/documents/\\d+)\" download>letter.pdf<").Groups[1].Value;
        Assert.NotEmpty(link);
        var download = await officer.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        // The police partner on the case has no sharing agreement; an administrator never reaches a case.
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("police.partner", link)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("council.admin", link)).StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<CspDatabase>().CreateContext();
        Assert.Equal(["council.officer"], await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.CaseDocumentDownloaded).Select(e => e.UserName!).ToListAsync());
    }

    [Fact]
    public async Task An_administrator_finds_a_person_exports_their_records_and_is_refused_their_erasure_while_the_case_is_open()
    {
        var admin = await _app.SignedInAsync("council.admin");

        var found = await admin.GetStringAsync("/admin/people?name=vera");
        var person = await admin.GetStringAsync($"/admin/people/{_victim}");
        var export = await admin.GetAsync($"/admin/people/{_victim}/subject-access?format=html");
        var token = await CspAppFactory.FormTokenAsync(admin, "/admin/sharing");
        var erase = await admin.PostAsync($"/admin/people/{_victim}?handler=Erase", new FormUrlEncodedContent([new("confirm", "true"), new("__RequestVerificationToken", token)]));

        Assert.Contains($"href=\"/admin/people/{_victim}\"", found, StringComparison.Ordinal);
        Assert.Contains($"/admin/people/{_victim}/subject-access?format=pdf", person, StringComparison.Ordinal);
        Assert.Contains("Erasure is not allowed now", person, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"erasure-form\"", person, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains(Victim, await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("is open and the person is on it (Victim): close the case first.", await erase.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync("council.officer", $"/admin/people/{_victim}")).StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        await using var db = scope.ServiceProvider.GetRequiredService<CspDatabase>().CreateContext();
        var actions = await db.AuditLog.AsNoTracking().Where(e => e.UserName == "council.admin" && e.Action != AuditActions.SignIn).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal([AuditActions.PersonLookedUp, AuditActions.PersonLookedUp, AuditActions.SubjectAccessExport, AuditActions.PersonErasureRefused, AuditActions.PersonLookedUp], actions);
    }
}
