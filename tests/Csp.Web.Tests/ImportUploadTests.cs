using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Csp.Storage;
using Csp.Web.Imports;
using Csp.Testing;
using Csp.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests;

/// <summary>
/// An analyst uploads police.uk files in the browser's way (multipart with the anti-forgery header): the upload is queued,
/// its progress is readable, and the kept report names the rows added, the duplicates and each quarantined row with its
/// line, field and reason. Run on SQLite and PostgreSQL.
/// </summary>
public abstract class ImportUploadTests(CspAppFactory app)
{
    private readonly CspAppFactory _app = app;

    /// <summary>
    /// A force no other test reads (in months inside the sample's range, so the data does not grow), and LSOA codes in no lookup: the sample's figures stay as they were.
    /// Line 4 has an impossible month and line 5 a malformed LSOA code.
    /// </summary>
    private static string PoliceFile(string month) => string.Join("\n",
        "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context",
        $"a1,{month},Test Constabulary,Test Constabulary,0.368,51.441,On or near Test Street,E01999991,Test 001A,Burglary,Under investigation,",
        $",{month},Test Constabulary,Test Constabulary,0.368,51.441,On or near Test Street,E01999991,Test 001A,Anti-social behaviour,,",
        $"a3,2099-13,Test Constabulary,Test Constabulary,0.368,51.441,On or near Test Street,E01999991,Test 001A,Burglary,Under investigation,",
        $"a4,{month},Test Constabulary,Test Constabulary,0.368,51.441,On or near Test Street,NOT-A-CODE,Test 001A,Burglary,Under investigation,") + "\n";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string token, string fileName, string content, string kind = "police-uk")
    {
        using var form = new MultipartFormDataContent { { new StringContent(kind), "kind" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "files", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/imports/uploads") { Content = form };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }

    /// <summary>Polls as the page does until the worker has finished (no time limit of our own: the test runner's applies).</summary>
    private static async Task<JsonNode> FinishedAsync(HttpClient client, long id)
    {
        while (true)
        {
            var view = JsonNode.Parse(await client.GetStringAsync($"/api/imports/{id}"))!;
            if ((string)view["status"]! is ImportStatus.Finished or ImportStatus.Failed) return view;
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task An_upload_is_imported_in_the_background_and_its_report_lists_added_duplicate_and_quarantined_rows()
    {
        var analyst = await _app.SignedInAsync(TestUsers.For(Security.Roles.Analyst));
        var token = await CspAppFactory.UploadTokenAsync(analyst);
        var month = $"2023-{Random.Shared.Next(1, 13):D2}";

        var accepted = await UploadAsync(analyst, token, "../../test-street.csv", PoliceFile(month));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var id = (long)JsonNode.Parse(await accepted.Content.ReadAsStringAsync())!["id"]!;
        var view = await FinishedAsync(analyst, id);

        Assert.Equal(ImportStatus.Finished, (string)view["status"]!);
        Assert.Equal("test-street.csv", (string)view["uploaded"]![0]!);
        Assert.Equal(4, (long)view["rowsRead"]!);
        Assert.Equal(2, (long)view["rowsAdded"]!);
        Assert.Equal(2, (long)view["rowsQuarantined"]!);
        var issues = view["files"]![0]!["issues"]!.AsArray();
        Assert.Contains(issues, i => (long)i!["line"]! == 4 && (string)i["field"]! == "Month");
        Assert.Contains(issues, i => (long)i!["line"]! == 5 && (string)i["field"]! == "LSOA code");
        var page = await analyst.GetStringAsync($"/imports/{id}");
        Assert.Contains("test-street.csv", page, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">4</td><td>Month</td>", page, StringComparison.Ordinal);

        var again = await UploadAsync(analyst, token, "test-street.csv", PoliceFile(month));
        var second = await FinishedAsync(analyst, (long)JsonNode.Parse(await again.Content.ReadAsStringAsync())!["id"]!);
        Assert.Equal(0, (long)second["rowsAdded"]!);
        Assert.Equal("Unchanged", (string)second["files"]![0]!["outcome"]!);

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CspDbContext>();
        var audit = await db.AuditLog.Where(e => e.Action.StartsWith("import")).OrderBy(e => e.Id).ToListAsync();
        Assert.Contains(audit, e => e.Action == "import-uploaded" && e.UserName == "t.analyst" && e.Target == "test-street.csv");
        Assert.Contains(audit, e => e.Action == "import-finished" && e.UserName == "t.analyst" && e.Detail!.Contains("added 2", StringComparison.Ordinal));
        Assert.True(await db.WebImports.CountAsync(r => r.Files == "test-street.csv" && r.Report != null) >= 2);
    }

    [Fact]
    public async Task An_upload_of_an_unknown_kind_or_without_files_is_refused_and_nothing_is_queued()
    {
        var analyst = await _app.SignedInAsync(TestUsers.For(Security.Roles.Analyst));
        var token = await CspAppFactory.UploadTokenAsync(analyst);

        var kind = await UploadAsync(analyst, token, "x.csv", "a,b\n", kind: "spreadsheets");
        using var empty = new HttpRequestMessage(HttpMethod.Post, "/imports/uploads") { Content = new MultipartFormDataContent { { new StringContent("police-uk"), "kind" } } };
        empty.Headers.Add("RequestVerificationToken", token);
        var none = await analyst.SendAsync(empty);
        var forged = await UploadAsync(analyst, "not-a-token", "x.csv", PoliceFile("2099-01"));

        Assert.Equal(HttpStatusCode.BadRequest, kind.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}

public sealed class SqliteImportUploadTests(SqliteSampleApp sample) : ImportUploadTests(sample.App), IClassFixture<SqliteSampleApp>;

[Collection(PostgresCollection.Name)]
public sealed class PostgresImportUploadTests(PostgresSample postgres) : ImportUploadTests(postgres.App);
