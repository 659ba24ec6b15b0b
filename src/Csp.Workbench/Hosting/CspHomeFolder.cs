namespace Csp.Workbench.Hosting;

/// <summary>The product's home (the repository or install folder) for a running host: the bundled data and the partnership's configuration.</summary>
public sealed record CspHomeFolder(string Path);
