using System.Security.Cryptography;
using System.Text;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Tests.Cases;

/// <summary>
/// Documents on a case, on a real database of each kind: a file is kept only when its content is an accepted kind named
/// to match and it is within the limit (10 MB, the shipped setting); a PDF is kept with its hash and listed on the case
/// and its timeline; a download is audited; an officer of an agency without a sharing agreement can neither upload nor
/// download (and is audited as refused).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CaseDocumentTests(PostgresServer postgres)
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_accepted_kinds_within_the_limit_are_kept_and_downloads_are_audited_and_need_case_access(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        var police = await world.AgencyIdAsync(CaseWorld.Police);
        var (id, _) = await world.CaseWithVictimAsync(officer, partners: [police]);
        Task<CaseChange> Upload(string name, byte[] content, CaseUser? by = null) => world.Cases.UploadDocumentAsync(by ?? officer, id, name, new MemoryStream(content), default);

        var exe = await Upload("statement.pdf", [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03]);
        var renamed = await Upload("statement.exe", Pdf);
        var mislabelled = await Upload("photo.png", Pdf);
        var binary = await Upload("data.bin", [0x00, 0x01, 0x02, 0x03]);
        var tooBig = await Upload("big.pdf", [.. Pdf, .. new byte[10 * 1024 * 1024]]);
        var pdf = await Upload("Witness statement.pdf", Pdf);

        Assert.Equal("'statement.pdf' is a program (its content is an executable), whatever its name says: programs and scripts are refused.", Assert.Single(exe.Errors));
        Assert.Equal("'statement.exe' is a program or script (.exe): those are refused. Accepted: PDF, Word (.docx), Excel (.xlsx), PNG, JPEG or plain text (.txt, .csv).", Assert.Single(renamed.Errors));
        Assert.Equal("'photo.png' ends .png but its content is a PDF document: name it with .pdf.", Assert.Single(mislabelled.Errors));
        Assert.StartsWith("'data.bin' is not one of the accepted kinds", Assert.Single(binary.Errors), StringComparison.Ordinal);
        Assert.Equal("'big.pdf' is larger than the limit of 10 MB for a case document.", Assert.Single(tooBig.Errors));
        Assert.True(pdf.Done, string.Join("; ", pdf.Errors));

        var listed = Assert.Single((await world.Cases.DocumentsAsync(officer, id, default))!);
        Assert.Equal(("Witness statement.pdf", "PDF document", (long)Pdf.Length, Convert.ToHexStringLower(SHA256.HashData(Pdf)), "c.officer"),
            (listed.FileName, listed.Kind, listed.SizeBytes, listed.Sha256, listed.UploadedBy));
        var detail = await world.Cases.GetAsync(officer, id, default);
        Assert.Contains(detail!.Timeline, t => t.Kind == "Document" && t.Text == "Witness statement.pdf (PDF document) uploaded by c.officer");

        var file = await world.Cases.DownloadDocumentAsync(officer, id, pdf.Id, default);
        Assert.Equal(Pdf, file!.Content);
        Assert.Equal("application/pdf", file.ContentType);

        // The police are a partner on the case but have no sharing agreement; the fire service is not on it at all.
        var policeOfficer = CaseWorld.Officer(CaseWorld.Police, "p.officer", Csp.Workbench.Accounts.Roles.PartnerOfficer);
        Assert.Null(await world.Cases.DownloadDocumentAsync(policeOfficer, id, pdf.Id, default));
        Assert.Null(await world.Cases.DocumentsAsync(CaseWorld.Officer(CaseWorld.Fire, "f.officer"), id, default));
        Assert.True((await Upload("more.pdf", Pdf, policeOfficer)).NotFound);

        await using var db = world.Database.CreateContext();
        Assert.Equal(1, await db.CaseDocuments.CountAsync());
        var downloads = await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.CaseDocumentDownloaded).ToListAsync();
        var download = Assert.Single(downloads);
        Assert.Equal(("c.officer", id, $"document {pdf.Id}"), (download.UserName!, download.CaseId!.Value, download.Record!));
        Assert.Equal(["p.officer", "f.officer", "p.officer"],
            await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.CaseRefused).OrderBy(e => e.Id).Select(e => e.UserName!).ToListAsync());
        Assert.Equal(1, await db.AuditLog.CountAsync(e => e.Action == AuditActions.CaseChanged && e.Record == $"document {pdf.Id}"));
    }
}
