using System.Diagnostics;
using System.Globalization;
using Csp.Core.Areas;
using Csp.Core.Offences;
using Csp.Core.Periods;
using Csp.Core.Priorities;
using Csp.Core.Reports;
using Csp.Chromium;
using Csp.Reporting.Rendering;
using Csp.Storage.Assessment;
using Csp.Workbench.Assessment;
using Csp.Workbench.Reports;
using Csp.Storage;

namespace Csp.Benchmarks.Reports;

/// <summary>
/// The full Strategic Assessment document of an area built and rendered to every format (goal: under 2 seconds each),
/// with Chromium started once as the web app keeps it, and beside it what LibreOffice, an office suite, takes to open the
/// same Word file and print it to PDF.
/// </summary>
internal sealed class ReportBenchmark(TextWriter output)
{
    private const int Runs = 5;

    public async Task RunAsync(CspDatabase database, IReadOnlyList<Area> areas, PeriodComparison periods, OffenceScheme scheme, PriorityJudgements judgements, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var data = await AssessmentData.LoadAsync(database, ct).ConfigureAwait(false);
        Line($"Loaded the assessment data in {watch.Elapsed.TotalMilliseconds:N0} ms (once per process; the web app keeps it).");
        watch.Restart();
        await using var chromium = await HeadlessChromium.StartAsync(cancellationToken: ct).ConfigureAwait(false);
        Line($"Started Chromium {chromium.Version} in {watch.Elapsed.TotalMilliseconds:N0} ms (once per process).");
        await using var renderers = new ReportRenderers(chromium);
        var folder = Directory.CreateTempSubdirectory("csp-bench-report-").FullName;

        foreach (var area in areas)
        {
            var request = new ReportRequest(AssessmentReport.Kind, area, periods, Partial: true, null, Classification.Public(), DateOnly.FromDateTime(DateTime.UnixEpoch));
            ReportDocument? document = null;
            var build = await TimeAsync(async () =>
            {
                var outcome = await ReportService.BuildAsync(database, data, scheme, judgements, request, BenchEnvironment.Home, ct).ConfigureAwait(false);
                document = outcome.Document ?? throw new InvalidOperationException(outcome.Refusal);
            }).ConfigureAwait(false);
            Line("");
            Line($"{area.Name}: {document!.Sections.Count} sections, {document.Tables().Count()} tables, {document.Figures().Count()} figures");
            Line($"  {"step",-34} {"first",9} {"median [min-max] of " + Runs + " after it",30} {"size",12}   goal < 2,000 ms");
            Row("build (assess area, siblings, wards)", build, null);
            string? docx = null;
            foreach (var format in Enum.GetValues<ReportFormat>())
            {
                var renderer = renderers.For(format);
                var file = Path.Combine(folder, $"{area.Code}{renderer.Extension}");
                var times = await TimeAsync(async () =>
                {
                    await using var stream = File.Create(file);
                    await renderer.RenderAsync(document, stream, ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
                Row($"render {format.ToString().ToUpperInvariant()}", times, new FileInfo(file).Length);
                Row($"  build + render {format.ToString().ToUpperInvariant()}", (times.First + build.First, times.Median + build.Median, times.Min + build.Min, times.Max + build.Max), null);
                if (format == ReportFormat.Docx) docx = file;
            }
            if (docx is not null) await PeerAsync(docx, ct).ConfigureAwait(false);
        }
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>LibreOffice opening the Word file and printing it to PDF: what the same document costs in an office suite.</summary>
    private async Task PeerAsync(string docx, CancellationToken ct)
    {
        var profile = Path.Combine(Path.GetTempPath(), "csp-bench-lo-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("libreoffice", ["-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", Path.GetDirectoryName(docx)!, docx])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            var failed = false;
            var times = await TimeAsync(async () =>
            {
                using var process = Process.Start(start)!;
                await process.WaitForExitAsync(ct).ConfigureAwait(false);
                failed |= process.ExitCode != 0;
            }).ConfigureAwait(false);
            if (failed) { Line("  peer: LibreOffice could not convert the Word file."); return; }
            Row("peer: LibreOffice DOCX -> PDF", times, null);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Line("  peer: LibreOffice is not installed (apt-get install libreoffice-writer-nogui), so there is no comparison.");
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>The first (cold) run, then <see cref="Runs"/> more: their median and range. Every side (ours, the peer) the same.</summary>
    private static async Task<(double First, double Median, double Min, double Max)> TimeAsync(Func<Task> work)
    {
        var times = new List<double>();
        for (var i = 0; i <= Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work().ConfigureAwait(false);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        var after = times.Skip(1).Order().ToList();
        var median = after.Count % 2 == 1 ? after[after.Count / 2] : (after[after.Count / 2 - 1] + after[after.Count / 2]) / 2;
        return (times[0], median, after[0], after[^1]);
    }

    private void Row(string step, (double First, double Median, double Min, double Max) t, long? bytes) =>
        Line($"  {step,-34} {t.First,6:N0} ms {t.Median,8:N0} ms [{t.Min:N0}-{t.Max:N0}]{"",6} {(bytes is { } b ? (b / 1024.0).ToString("N0", CultureInfo.InvariantCulture) + " KB" : ""),12}");

    private void Line(string text) => output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{text}"));
}
