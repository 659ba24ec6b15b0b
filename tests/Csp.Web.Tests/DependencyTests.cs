using Csp.Services.Storage;
using Csp.Web.Hosting;

namespace Csp.Web.Tests;

/// <summary>Dependencies point one way: Core &lt;- Ingest, Reporting &lt;- Services &lt;- Web &lt;- Cli.</summary>
public sealed class DependencyTests
{
    [Fact]
    public void The_web_app_does_not_depend_on_the_command_line_and_services_do_not_depend_on_the_web()
    {
        var web = typeof(CspWebApp).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        var services = typeof(CspDatabase).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains("Csp.Services", web);
        Assert.DoesNotContain("csp", web);
        Assert.DoesNotContain("Csp.Web", services);
        Assert.DoesNotContain(services, a => a!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
