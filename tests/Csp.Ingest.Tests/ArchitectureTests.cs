using Csp.Ingest.Csv;

namespace Csp.Ingest.Tests;

/// <summary>The dependency direction Core &lt;- Ingest: of the Csp assemblies, Ingest may use Core and nothing else.</summary>
/// <remarks>Kept here rather than in Csp.Core.Tests because this project already references Csp.Ingest.</remarks>
public sealed class ArchitectureTests
{
    [Fact]
    public void Ingest_references_Csp_Core_and_no_other_Csp_assembly()
    {
        var csp = typeof(CsvRecordReader).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(n => n.StartsWith("Csp.", StringComparison.Ordinal));

        Assert.Equal(["Csp.Core"], csp);
    }

    [Fact]
    public void Ingest_references_no_database_or_web_assembly()
    {
        string[] forbidden = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite"];

        var references = typeof(CsvRecordReader).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.Contains("DocumentFormat.OpenXml", references); // the check sees package references, not just the framework
        Assert.DoesNotContain(references, r => forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal)));
    }
}
