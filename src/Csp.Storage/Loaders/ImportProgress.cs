namespace Csp.Storage.Loaders;

/// <summary>How far an import is through the current file, in bytes of the file on disk.</summary>
public readonly record struct ImportProgress(string File, long Position, long Length);
