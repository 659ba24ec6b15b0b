namespace Csp.Testing;

/// <summary>Paths inside the repository, found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SamplePoliceUk => Path.Combine(Root, "data", "sample", "police-uk", "kent");

    public static string Sample(params string[] parts) => Path.Combine([Root, "data", "sample", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Csp.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("The tests must run inside the repository (no Csp.slnx above " + AppContext.BaseDirectory + ").");
    }
}
