namespace Csp.Workbench.Hosting;

/// <summary>Where CSP Workbench finds its home (the repository or install folder): the bundled data, the partnership's configuration and the default database.</summary>
public static class CspHome
{
    /// <summary>The environment variable the <c>./csp</c> script sets to the repository.</summary>
    public const string EnvironmentVariable = "CSP_HOME";

    /// <summary>CSP_HOME, else the nearest folder above the program that holds Csp.slnx, else the current folder.</summary>
    public static string Find()
    {
        var home = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(home)) return home;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Csp.slnx"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }

    public static string SampleData(string home) => Path.Combine(home, "data", "sample");

    public static string Configuration(string home, string file) => Path.Combine(home, "data", "config", file);
}
