using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Csp.Core.Periods;

namespace Csp.Core.Tests;

/// <summary>
/// Csp.Core is the pure domain: it must not reach a database, the web, the file system, the network, the console or
/// other processes, and it must not depend on any other Csp assembly. Read from Core's compiled metadata, so that a
/// using directive or a package that slips in through a transitive reference is caught as surely as one in the csproj.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly string[] ForbiddenAssemblyPrefixes =
        ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite"];

    // System.IO.Path is pure string manipulation and is allowed; Stream and friends are too (Core may describe data
    // that someone else reads), but nothing that opens a file, a socket or a process.
    private static readonly HashSet<string> ForbiddenTypes =
    [
        "System.IO.File", "System.IO.Directory", "System.IO.FileStream", "System.IO.FileInfo", "System.IO.DirectoryInfo",
        "System.IO.DriveInfo", "System.IO.FileSystemWatcher", "System.Console", "System.Diagnostics.Process",
        "System.Diagnostics.ProcessStartInfo",
    ];

    private static string CorePath => typeof(YearMonth).Assembly.Location;

    private static string TestsPath => typeof(ArchitectureTests).Assembly.Location;

    [Fact]
    public void Core_references_no_database_or_web_assembly()
    {
        var references = AssemblyReferences(CorePath);

        Assert.NotEmpty(references); // at least System.Runtime: the reader did read something
        Assert.DoesNotContain(references, r => ForbiddenAssemblyPrefixes.Any(p => r.StartsWith(p, StringComparison.Ordinal)));
    }

    [Fact]
    public void Core_references_no_other_Csp_assembly()
    {
        Assert.DoesNotContain(AssemblyReferences(CorePath), IsCsp);
    }

    [Fact]
    public void Core_uses_no_file_network_console_or_process_type()
    {
        Assert.Empty(ForbiddenTypeReferences(CorePath));
    }

    [Fact]
    public void The_type_guard_reports_an_assembly_that_opens_files()
    {
        // This test assembly opens Core's file with File.OpenRead to read its metadata, so the guard must name File here.
        Assert.Contains("System.IO.File", ForbiddenTypeReferences(TestsPath));
    }

    [Theory]
    [InlineData("System.Net.Http", "HttpClient", true)]
    [InlineData("System.Net", "WebClient", true)]
    [InlineData("System.Net.Sockets", "Socket", true)]
    [InlineData("System", "Console", true)]
    [InlineData("System.IO", "FileStream", true)]
    [InlineData("System.IO", "Path", false)]
    [InlineData("System.IO", "Stream", false)]
    [InlineData("System.Numerics", "Vector", false)]
    [InlineData("System.Diagnostics", "Debug", false)]
    public void The_type_guard_forbids_network_and_file_types_but_allows_Path(string ns, string name, bool forbidden)
    {
        Assert.Equal(forbidden, IsForbiddenType(ns, name));
    }

    [Fact]
    public void The_reference_guard_reports_an_assembly_that_references_a_Csp_assembly()
    {
        Assert.Contains("Csp.Core", AssemblyReferences(TestsPath).Where(IsCsp));
    }

    private static bool IsCsp(string assemblyName) => assemblyName.StartsWith("Csp.", StringComparison.Ordinal);

    private static bool IsForbiddenType(string ns, string name) =>
        ns == "System.Net" || ns.StartsWith("System.Net.", StringComparison.Ordinal) || ForbiddenTypes.Contains($"{ns}.{name}");

    private static List<string> AssemblyReferences(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }

    /// <summary>Every forbidden type the assembly refers to, as "Namespace.Name" (nested types by their outer type).</summary>
    private static List<string> ForbiddenTypeReferences(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeReferences)
        {
            var type = metadata.GetTypeReference(handle);
            // A nested type (e.g. Environment.SpecialFolder) is scoped by its outer type: judge it by the outermost one.
            while (type.ResolutionScope.Kind == HandleKind.TypeReference) type = metadata.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
            var ns = metadata.GetString(type.Namespace);
            var name = metadata.GetString(type.Name);
            if (IsForbiddenType(ns, name)) found.Add($"{ns}.{name}");
        }
        return [.. found];
    }
}
