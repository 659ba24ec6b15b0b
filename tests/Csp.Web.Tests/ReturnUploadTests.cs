using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Csp.Core.Periods;
using Csp.Storage;
using Csp.Web.Tests.Infrastructure;
using Csp.Workbench.Accounts;
using Csp.Workbench.Performance;
using Microsoft.Extensions.DependencyInjection;

namespace Csp.Web.Tests;

/// <summary>
/// The return file upload on <c>/performance/returns</c> over HTTP, as the browser sends it (multipart with the form's
/// anti-forgery token), on a copy of the sample: a partner officer's file for their own agency's measure is kept, audited
/// and shown by the performance table (the page and the use case <c>csp performance</c> calls); a file with a figure for
/// another agency's measure, a bad figure, or data that breaks off is refused with file, line and field and stores nothing
/// of that file; roles not entitled to enter returns get 403.
/// </summary>
public sealed class ReturnUploadTests(SqliteSampleApp sample) : IClassFixture<SqliteSampleApp>
{
    private readonly CspAppFactory _app = sample.App;

    private const string Header = "measure,area,period_start,period_end,value,note";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string fileName, string content, string? token = null)
    {
        token ??= await CspAppFactory.FormTokenAsync(client, "/performance/returns");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "returnFile", fileName);
        return await client.PostAsync("/performance/returns?handler=Upload", form);
    }

    /// <summary>Figures held for a measure in a quarter (any area), read straight from the database the app writes.</summary>
    private Task<long> HeldAsync(string measure, string periodStart) =>
        CountAsync("SELECT count(*) FROM return_values WHERE measure = @m AND period_start = @s", ("m", measure), ("s", periodStart));

    private async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await _app.Services.GetRequiredService<CspDatabase>().OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<Csp.Core.Performance.PerformanceRow> RowAsync(string area, string measure, int year, int quarter)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<PerformanceTables>().ComputeAsync(area, PeriodComparison.Quarter(year, quarter), Csp.Workbench.Assessment.Readership.Restricted, CancellationToken.None);
        return outcome.Result!.Rows.Single(r => r.Measure == measure);
    }

    [Fact]
    public async Task A_partner_officers_file_for_their_agencys_measure_is_kept_audited_and_shown_in_the_performance_table()
    {
        var partner = await _app.SignedInAsync("t.partner"); // Police
        var admin = await _app.SignedInAsync("t.admin");

        var response = await UploadAsync(partner, "police-q3.csv", Header + "\nDomestic abuse incidents,Gravesham,2025-07-01,2025-09-30,412,uploaded in the test\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("police-q3.csv: Added. 1 added, 0 replaced, 0 unchanged, 0 refused.", page, StringComparison.Ordinal);
        var row = await RowAsync("Gravesham", "Domestic abuse incidents", 2025, 3);
        Assert.Equal(412m, row.Value);
        var table = await partner.GetStringAsync("/performance?area=E07000109&quarter=2025-Q3");
        Assert.Matches(@"Domestic abuse incidents</th>\s*<td>[^<]*</td>\s*<td>412</td>", table);
        var audit = await admin.GetStringAsync("/audit?action=return-file-uploaded");
        Assert.Contains("t.partner", audit, StringComparison.Ordinal);
        Assert.Contains("police-q3.csv: Added, 1 added, 0 replaced, 0 refused", audit, StringComparison.Ordinal);

        // The same file again changes nothing and says so.
        var again = await UploadAsync(partner, "police-q3.csv", Header + "\nDomestic abuse incidents,Gravesham,2025-07-01,2025-09-30,412,uploaded in the test\n");
        Assert.Contains("police-q3.csv: Unchanged.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await HeldAsync("Domestic abuse incidents", "2025-07-01") - await HeldOtherAreasAsync());
    }

    /// <summary>Figures of the measure for 2025-Q3 held for areas other than Gravesham before the test (the sample's own).</summary>
    private Task<long> HeldOtherAreasAsync() =>
        CountAsync("SELECT count(*) FROM return_values WHERE measure = 'Domestic abuse incidents' AND period_start = '2025-07-01' AND area_code <> 'E07000109'");

    [Fact]
    public async Task A_file_naming_another_agencys_measure_is_refused_with_file_line_and_field_and_nothing_of_it_is_stored()
    {
        var partner = await _app.SignedInAsync("t.partner"); // Police, not Fire
        var admin = await _app.SignedInAsync("t.admin");
        var before = await HeldAsync("Domestic abuse incidents", "2025-10-01");

        var response = await UploadAsync(partner, "mixed.csv", Header + "\n" +
            "Domestic abuse incidents,Dartford,2025-10-01,2025-12-31,377,\n" +
            "Deliberate fires,Dartford,2025-10-01,2025-12-31,12,\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("mixed.csv, line 3, field 'measure': 'Deliberate fires' is not one of the measures Police returns", page, StringComparison.Ordinal);
        Assert.Contains("nothing of it was stored", page, StringComparison.Ordinal);
        Assert.Equal(before, await HeldAsync("Domestic abuse incidents", "2025-10-01"));
        Assert.Equal(0, await HeldAsync("Deliberate fires", "2025-10-01"));
        Assert.Null((await RowAsync("Dartford", "Domestic abuse incidents", 2025, 4)).Value);
        Assert.Contains("mixed.csv: Rejected", await admin.GetStringAsync("/audit?action=return-file-uploaded"), StringComparison.Ordinal);

        // An analyst (every returned measure) uploading the same content is not told it is unchanged: it is read and kept.
        var analyst = await _app.SignedInAsync("t.analyst");
        var kept = await UploadAsync(analyst, "mixed.csv", Header + "\n" +
            "Domestic abuse incidents,Dartford,2025-10-01,2025-12-31,377,\n" +
            "Deliberate fires,Dartford,2025-10-01,2025-12-31,12,\n");
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Contains("mixed.csv: Added. 2 added", await kept.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(377m, (await RowAsync("Dartford", "Domestic abuse incidents", 2025, 4)).Value);
    }

    [Fact]
    public async Task A_file_with_a_bad_figure_stores_nothing_and_names_the_line_and_field()
    {
        var partner = await _app.SignedInAsync("t.partner");

        var response = await UploadAsync(partner, "bad-value.csv", Header + "\n" +
            "Domestic abuse repeat victims,Gravesham,2024-10-01,2024-12-31,55,\n" +
            "Domestic abuse repeat victims,Dartford,2024-10-01,2024-12-31,lots,\n");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("bad-value.csv, line 3, field 'value'", page, StringComparison.Ordinal);
        Assert.Contains("nothing of it was stored", page, StringComparison.Ordinal);
        Assert.Equal(0, await HeldAsync("Domestic abuse repeat victims", "2024-10-01"));
    }

    [Fact]
    public async Task A_file_whose_data_breaks_off_stores_nothing()
    {
        var partner = await _app.SignedInAsync("t.partner");

        // The last row stops inside a quoted note with no line break: the download was cut.
        var response = await UploadAsync(partner, "cut.csv", Header + "\n" +
            "Domestic abuse repeat victims,Gravesham,2024-07-01,2024-09-30,61,\n" +
            "Domestic abuse repeat victims,Dartford,2024-07-01,2024-09-30,48,\"checked by the");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("cut.csv, line 3", page, StringComparison.Ordinal);
        Assert.Contains("truncated", page, StringComparison.Ordinal);
        Assert.Contains("nothing of it was stored", page, StringComparison.Ordinal);
        Assert.Equal(0, await HeldAsync("Domestic abuse repeat victims", "2024-07-01"));
    }

    [Theory]
    [InlineData(Roles.Member)]
    [InlineData(Roles.CaseOfficer)]
    public async Task A_role_not_entitled_to_enter_returns_gets_403_and_nothing_is_stored(string role)
    {
        var user = await _app.SignedInAsync(TestUsers.For(role));
        // Any form of the user's own gives a valid anti-forgery token: the refusal is the policy's, not the token's.
        var token = await CspAppFactory.FormTokenAsync(user, "/account/password");

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/performance/returns")).StatusCode);
        var response = await UploadAsync(user, "not-mine.csv", Header + "\nDomestic abuse incidents,Gravesham,2024-01-01,2024-03-31,999,\n", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await HeldAsync("Domestic abuse incidents", "2024-01-01") - await SampleHeldAsync("2024-01-01"));
    }

    /// <summary>The sample's own figures of the measure for a period start (none of them 999).</summary>
    private Task<long> SampleHeldAsync(string periodStart) =>
        CountAsync("SELECT count(*) FROM return_values WHERE measure = 'Domestic abuse incidents' AND period_start = @s AND (value IS NULL OR value <> 999)", ("s", periodStart));
}
