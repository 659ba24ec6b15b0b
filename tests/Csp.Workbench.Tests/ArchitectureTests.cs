using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Csp.Chromium;
using Csp.Core.Periods;
using Csp.Ingest.Csv;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Web.Hosting;
using Csp.Workbench;

namespace Csp.Workbench.Tests;

/// <summary>
/// The layout of the whole, read from each assembly's compiled metadata (so a using directive or a package that slips in
/// through a transitive reference is caught as surely as one in a csproj): dependencies point one way, Core <- Ingest,
/// Chromium <- Reporting <- Storage <- Workbench <- Web, Cli; the hosts reach no database context, entity or engine but
/// through the use cases; Core does no I/O.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Dictionary<string, string> Assemblies = new(StringComparer.Ordinal)
    {
        ["Csp.Core"] = typeof(YearMonth).Assembly.Location,
        ["Csp.Ingest"] = typeof(CsvRecordReader).Assembly.Location,
        ["Csp.Chromium"] = typeof(IChromium).Assembly.Location,
        ["Csp.Reporting"] = typeof(ReportRenderers).Assembly.Location,
        ["Csp.Storage"] = typeof(CspDatabase).Assembly.Location,
        ["Csp.Workbench"] = typeof(CspServices).Assembly.Location,
        ["Csp.Web"] = typeof(CspWebApp).Assembly.Location,
        ["csp"] = Path.Combine(AppContext.BaseDirectory, "csp.dll"),
    };

    /// <summary>The Csp assemblies each may reference: nothing else.</summary>
    public static TheoryData<string, string[]> Allowed => new()
    {
        { "Csp.Core", [] },
        { "Csp.Ingest", ["Csp.Core"] },
        { "Csp.Chromium", [] },
        { "Csp.Reporting", ["Csp.Core", "Csp.Chromium"] },
        { "Csp.Storage", ["Csp.Core", "Csp.Ingest"] },
        { "Csp.Workbench", ["Csp.Core", "Csp.Ingest", "Csp.Chromium", "Csp.Reporting", "Csp.Storage"] },
        { "Csp.Web", ["Csp.Core", "Csp.Ingest", "Csp.Chromium", "Csp.Reporting", "Csp.Storage", "Csp.Workbench"] },
        { "csp", ["Csp.Core", "Csp.Ingest", "Csp.Chromium", "Csp.Reporting", "Csp.Storage", "Csp.Workbench", "Csp.Web"] },
    };

    /// <summary>What a host (the web app, the CLI) must not reach but through a use case.</summary>
    private static readonly string[] HostForbiddenTypes =
    [
        "Csp.Storage.CspDbContext", "Csp.Storage.Assessment.AssessmentData", "Csp.Core.Assessment.AssessmentEngine", "Csp.Core.NearRepeat.KnoxTest",
        "Csp.Core.HotSpots.GetisOrdGiStar", "Csp.Core.HotSpots.KernelDensity",
        "Csp.Core.Briefing.DailyBriefing", "Csp.Core.Briefing.EmergingHotSpots", "Csp.Core.Briefing.TimeProfile", "Csp.Storage.Briefing.BriefingIncidents",
        "Csp.Storage.Loaders.PoliceUkImporter", "Csp.Storage.Loaders.PopulationImporter", "Csp.Storage.Loaders.GeographyImporter", "Csp.Storage.Loaders.IncidentImporter",
        "Csp.Storage.Loaders.ReturnImporter",
    ];

    /// <summary>Engines whose result type a host may show but whose computation it must not run (type.member).</summary>
    private static readonly string[] HostForbiddenMembers = ["Csp.Core.HotSpots.HotSpotMap.Build"];

    private static readonly string[] HostForbiddenNamespaces = ["Csp.Storage.Entities", "Microsoft.EntityFrameworkCore"];

    private static readonly HashSet<string> IoTypes =
    [
        "System.IO.File", "System.IO.Directory", "System.IO.FileStream", "System.IO.FileInfo", "System.IO.DirectoryInfo",
        "System.IO.DriveInfo", "System.IO.FileSystemWatcher", "System.Console", "System.Diagnostics.Process", "System.Diagnostics.ProcessStartInfo",
    ];

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Each_assembly_references_only_the_Csp_assemblies_below_it(string assembly, string[] allowed)
    {
        var csp = References(Assemblies[assembly]).Where(IsCsp).ToList();

        Assert.Empty(csp.Except(allowed));
    }

    [Theory]
    [InlineData("Csp.Core")]
    [InlineData("Csp.Ingest")]
    [InlineData("Csp.Reporting")]
    [InlineData("Csp.Chromium")]
    public void Nothing_below_storage_references_a_database_or_the_web(string assembly)
    {
        string[] forbidden = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite"];

        Assert.DoesNotContain(References(Assemblies[assembly]), r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_use_cases_do_not_reference_ASP_NET_Core()
    {
        Assert.DoesNotContain(References(Assemblies["Csp.Workbench"]), r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("csp")]
    [InlineData("Csp.Web")]
    public void A_host_reaches_no_database_context_entity_or_engine_but_through_a_use_case(string host)
    {
        Assert.Empty(HostViolations(Assemblies[host]));
    }

    [Fact]
    public void The_host_guard_names_a_database_context_and_an_engine_where_they_are_used()
    {
        // The use cases open the database context and run the engines: the guard must see both there, or it could not fail for a host.
        var violations = HostViolations(Assemblies["Csp.Workbench"]);

        Assert.Contains("Csp.Storage.CspDbContext", violations);
        Assert.Contains("Csp.Core.HotSpots.HotSpotMap.Build", violations);
    }

    [Fact]
    public void Core_uses_no_file_network_console_or_process_type()
    {
        Assert.DoesNotContain(TypeReferences(Assemblies["Csp.Core"]), IsIo);
    }

    [Fact]
    public void The_input_output_guard_names_an_assembly_that_opens_files()
    {
        Assert.Contains("System.IO.File", TypeReferences(Assemblies["Csp.Ingest"]).Where(IsIo));
    }

    private static bool IsCsp(string name) => name.StartsWith("Csp.", StringComparison.Ordinal) || name == "csp";

    private static bool IsIo(string type)
    {
        var dot = type.LastIndexOf('.');
        var ns = type[..dot];
        return ns == "System.Net" || ns.StartsWith("System.Net.", StringComparison.Ordinal) || IoTypes.Contains(type);
    }

    private static List<string> HostViolations(string path) =>
        [
            .. TypeReferences(path).Where(t => HostForbiddenTypes.Contains(t) || HostForbiddenNamespaces.Any(n => t.StartsWith(n + ".", StringComparison.Ordinal))),
            .. MemberReferences(path).Where(HostForbiddenMembers.Contains),
        ];

    /// <summary>Every method or field of another assembly that the assembly uses, as "Namespace.Type.Member".</summary>
    private static SortedSet<string> MemberReferences(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference) continue;
            var type = metadata.GetTypeReference((TypeReferenceHandle)member.Parent);
            found.Add($"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}.{metadata.GetString(member.Name)}");
        }
        return found;
    }

    private static List<string> References(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }

    /// <summary>Every type the assembly refers to (nested types by their outermost type), as "Namespace.Name".</summary>
    private static SortedSet<string> TypeReferences(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var metadata = pe.GetMetadataReader();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeReferences)
        {
            var type = metadata.GetTypeReference(handle);
            while (type.ResolutionScope.Kind == HandleKind.TypeReference) type = metadata.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
            found.Add($"{metadata.GetString(type.Namespace)}.{metadata.GetString(type.Name)}");
        }
        return found;
    }
}
