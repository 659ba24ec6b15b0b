using System.Globalization;
using System.Security.Cryptography;
using Csp.Ingest.Cases;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Cases;

public sealed partial class AsbCases
{
    /// <summary>
    /// Keeps a file on the case, for an officer who may see it: at most <c>document_limit_mb</c> (asb-case-settings.csv,
    /// default 10 MB), and of a kind its content shows it to be (PDF, Word .docx, Excel .xlsx, PNG, JPEG, plain text) with a
    /// name ending to match (<see cref="CaseDocumentSniffer"/>); anything else is refused with the reason. The content is
    /// stored in the database with its SHA-256, the uploader and the time; the upload is audited.
    /// </summary>
    /// <param name="content">Read to its end, or to one byte past the limit (then refused).</param>
    public async Task<CaseChange> UploadDocumentAsync(CaseUser user, long caseId, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return CaseChange.Missing;
        if (found.Row.AnonymisedOn is not null) return CaseChange.Refused("The case has been anonymised: documents can no longer be added to it.");
        var name = Clean(Path.GetFileName(fileName?.Replace('\\', '/') ?? ""), 200);
        if (name is null) return CaseChange.Refused("Choose a file to upload.");
        var limit = configuration.Settings.DocumentLimitBytes;
        var bytes = await ReadAtMostAsync(content, limit + 1, cancellationToken).ConfigureAwait(false);
        if (bytes.Length > limit)
            return CaseChange.Refused($"'{name}' is larger than the limit of {configuration.Settings.DocumentLimitMegabytes} MB for a case document.");
        var (kind, refusal) = CaseDocumentSniffer.Sniff(bytes, name);
        if (kind is null) return CaseChange.Refused(refusal!);
        var row = new CaseDocumentRow
        {
            CaseId = caseId,
            FileName = name,
            Kind = kind.Code,
            ContentType = kind.ContentType,
            SizeBytes = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Content = bytes,
            UploadedBy = user.UserName,
            UploadedAt = clock.GetUtcNow(),
        };
        db.CaseDocuments.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Audit(db, user, AuditActions.CaseChanged, caseId, null, found.Row.Reference, "document " + Id(row.Id), $"uploaded '{name}' ({kind.Description}, {bytes.Length.ToString("N0", EnGb)} bytes)");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return CaseChange.Ok(row.Id);
    }

    /// <summary>The case's documents (not their content), newest first; null when the user may not see the case.</summary>
    public async Task<IReadOnlyList<CaseDocument>?> DocumentsAsync(CaseUser user, long caseId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is null) return null;
        return await DocumentListAsync(db, caseId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A document's content for an officer who may see its case (null otherwise, or when there is no such document or its
    /// content was removed by anonymisation). Every download is audited: who, which case, which document.
    /// </summary>
    public async Task<CaseDocumentFile?> DownloadDocumentAsync(CaseUser user, long caseId, long documentId, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await FindAsync(db, user, caseId, cancellationToken).ConfigureAwait(false) is not { } found) return null;
        var document = await db.CaseDocuments.AsNoTracking().Where(d => d.Id == documentId && d.CaseId == caseId && d.Content != null)
            .Select(d => new { d.FileName, d.ContentType, d.Content, d.Sha256 }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (document is null) return null;
        Audit(db, user, AuditActions.CaseDocumentDownloaded, caseId, null, found.Row.Reference, "document " + Id(documentId),
            $"downloaded '{document.FileName}' (SHA-256 {document.Sha256})");
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new CaseDocumentFile(document.FileName, document.ContentType, document.Content!, document.Sha256!);
    }

    private static async Task<List<CaseDocument>> DocumentListAsync(CspDbContext db, long caseId, CancellationToken cancellationToken) =>
        (await db.CaseDocuments.AsNoTracking().Where(d => d.CaseId == caseId)
            .Select(d => new { d.Id, d.FileName, d.Kind, d.SizeBytes, d.Sha256, d.UploadedBy, d.UploadedAt, d.RemovedOn }).ToListAsync(cancellationToken).ConfigureAwait(false))
        .OrderByDescending(d => d.UploadedAt).ThenByDescending(d => d.Id)
        .Select(d => new CaseDocument(d.Id, d.FileName, CaseDocumentKind.Of(d.Kind)?.Description ?? d.Kind, d.SizeBytes, d.Sha256, d.UploadedBy, d.UploadedAt, d.RemovedOn))
        .ToList();

    /// <summary>The case timeline's entries for its documents: one per upload.</summary>
    private static async Task<IEnumerable<CaseTimelineEntry>> DocumentTimelineAsync(CspDbContext db, long caseId, CancellationToken cancellationToken) =>
        (await DocumentListAsync(db, caseId, cancellationToken).ConfigureAwait(false))
        .Select(d => new CaseTimelineEntry(DateOnly.FromDateTime(Core.Periods.UkTime.FromInstant(d.UploadedAt)), "Document",
            d.RemovedOn is null ? $"{d.FileName} ({d.Kind}) uploaded by {d.UploadedBy}" : $"A document ({d.Kind}) uploaded by {d.UploadedBy}; its content was removed on {d.RemovedOn.Value.ToString("d MMMM yyyy", EnGb)}"));

    private static async Task<byte[]> ReadAtMostAsync(Stream content, long most, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length < most)
        {
            var read = await content.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, most - buffer.Length)), cancellationToken).ConfigureAwait(false);
            if (read == 0) break;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
