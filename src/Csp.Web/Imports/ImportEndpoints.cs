using System.Globalization;
using System.Text.Json;
using Csp.Core.Imports;
using Csp.Workbench.Hosting;
using Csp.Storage.Loaders;
using Csp.Workbench.Imports;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Web.Audit;
using Csp.Web.Hosting;
using Csp.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Csp.Web.Imports;

/// <summary>
/// Uploads (multipart, streamed section by section to a temporary folder: a file is never held in memory) and the JSON
/// the imports page polls. The upload is queued and answered at once (202); the import runs on the worker.
/// </summary>
public static class ImportEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/imports/uploads", UploadAsync)
            .RequireAuthorization(Policies.Imports)
            // The anti-forgery token is checked in the handler, from the request header: the default check would read the
            // whole multipart body as a form before the handler could stream it.
            .DisableAntiforgery()
            .ExcludeFromDescription();
    }

    private static async Task<Results<Accepted<ImportView>, ProblemHttpResult>> UploadAsync(HttpContext context, IAntiforgery antiforgery, CspDbContext db,
        ImportQueue queue, AuditLog audit, TimeProvider clock, IOptions<CspWebOptions> options, CancellationToken cancellationToken)
    {
        if (!context.Request.Headers.ContainsKey("RequestVerificationToken"))
        {
            return TypedResults.Problem("The upload must carry the page's anti-forgery token in the RequestVerificationToken header (the imports page sends it).", statusCode: 400, title: "Missing anti-forgery token");
        }
        try
        {
            await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem("Reload the imports page and upload again.", statusCode: 400, title: "The anti-forgery token is not valid");
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = options.Value.UploadLimitBytes;
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType) || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            return TypedResults.Problem("Send the files as multipart/form-data.", statusCode: 400, title: "Not an upload");
        }

        var folder = Directory.CreateTempSubdirectory("csp-upload-").FullName;
        var saved = new List<(string Path, string Name)>();
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        long bytes = 0;
        var queued = false;
        try
        {
            var reader = new MultipartReader(boundary, context.Request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                if (!string.IsNullOrEmpty(fileName))
                {
                    var name = SafeName(fileName, saved.Select(s => s.Name));
                    var path = Path.Combine(folder, name);
                    await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                    {
                        await section.Body.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                        bytes += file.Length;
                    }
                    saved.Add((path, name));
                }
                else if (HeaderUtilities.RemoveQuotes(disposition.Name).Value is { Length: > 0 } field)
                {
                    using var text = new StreamReader(section.Body);
                    var buffer = new char[256];
                    var read = await text.ReadBlockAsync(buffer, cancellationToken).ConfigureAwait(false);
                    fields[field] = new string(buffer, 0, read).Trim();
                }
            }
            var kind = fields.GetValueOrDefault("kind") ?? "";
            if (!DataImports.Kinds.Contains(kind))
            {
                return TypedResults.Problem($"Choose what the files are: {string.Join(", ", DataImports.Kinds)}.", statusCode: 400, title: "Unknown kind of data");
            }
            int? year = null;
            if (fields.GetValueOrDefault("year") is { Length: > 0 } yearText)
            {
                if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1900 or > 2999)
                {
                    return TypedResults.Problem($"'{yearText}' is not a year.", statusCode: 400, title: "The year is not understood");
                }
                year = y;
            }
            if (saved.Count == 0) return TypedResults.Problem("Choose one or more files to upload.", statusCode: 400, title: "No files");

            var user = context.User.Identity?.Name ?? "unknown";
            var row = new WebImportRow
            {
                Kind = kind,
                Files = string.Join("\n", saved.Select(s => s.Name)),
                Bytes = bytes,
                UploadedBy = user,
                UploadedAt = clock.GetUtcNow(),
                Status = ImportStatus.Queued,
            };
            db.WebImports.Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await audit.RecordAsync(AuditActions.ImportUploaded, user, string.Join(", ", saved.Select(s => s.Name)),
                $"import {row.Id} ({kind}{(year is null ? "" : ", year " + year.Value.ToString(CultureInfo.InvariantCulture))}): {saved.Count} {(saved.Count == 1 ? "file" : "files")}, {Shared.Format.Bytes(bytes)}", cancellationToken).ConfigureAwait(false);
            await queue.EnqueueAsync(new ImportJob(row.Id, kind, year, folder, saved, user), cancellationToken).ConfigureAwait(false);
            queued = true;
            return TypedResults.Accepted($"/api/imports/{row.Id}", View(row, null));
        }
        catch (BadHttpRequestException e)
        {
            return TypedResults.Problem(e.Message, statusCode: e.StatusCode, title: "The upload was not accepted");
        }
        finally
        {
            if (!queued) Directory.Delete(folder, recursive: true);
        }
    }

    internal static async Task<Ok<List<ImportView>>> ListAsync(CspDbContext db, ImportBoard board, CancellationToken cancellationToken)
    {
        var rows = await db.WebImports.AsNoTracking().OrderByDescending(r => r.Id).Take(100).ToListAsync(cancellationToken).ConfigureAwait(false);
        return TypedResults.Ok(rows.Select(r => View(r, board.Progress(r.Id), withReport: false)).ToList());
    }

    internal static async Task<Results<Ok<ImportView>, NotFound>> GetAsync(long id, CspDbContext db, ImportBoard board, CancellationToken cancellationToken)
    {
        var row = await db.WebImports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken).ConfigureAwait(false);
        return row is null ? TypedResults.NotFound() : TypedResults.Ok(View(row, board.Progress(id)));
    }

    internal static ImportView View(WebImportRow row, ImportProgressView? progress, bool withReport = true)
    {
        IReadOnlyList<FileImportReport>? files = null;
        if (withReport && row.Report is not null)
        {
            files = JsonSerializer.Deserialize<ReportFiles>(row.Report, CspJson.Compact)?.Files;
        }
        return new ImportView(row.Id, row.Kind, row.Files.Split('\n'), row.Bytes, row.UploadedBy, row.UploadedAt, row.FinishedAt, row.Status,
            row.RowsRead, row.RowsAdded, row.RowsDuplicate, row.RowsQuarantined, row.Message, progress, files, $"/imports/{row.Id}");
    }

    /// <summary>The file's own name without folders, made safe for the disk and unique within the upload.</summary>
    private static string SafeName(string fileName, IEnumerable<string> taken)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' or '(' or ')' ? c : '_').ToArray()).Trim();
        if (name.Length == 0 || name.All(c => c == '.')) name = "upload";
        if (name.Length > 120) name = name[^120..];
        var unique = name;
        for (var i = 2; taken.Contains(unique, StringComparer.OrdinalIgnoreCase); i++) unique = $"{i}-{name}";
        return unique;
    }

    private sealed record ReportFiles(IReadOnlyList<FileImportReport> Files);
}
