namespace Csp.Ingest.Sources;

/// <summary>One file to import: a plain file, a gzip file, or a member of a zip archive, with a name a person can find.</summary>
/// <param name="Name">As the user would name it: the path, or <c>archive.zip!folder/member.csv</c> for an archive member.</param>
/// <param name="CompressedLength">Bytes on disk (or in the archive), for progress.</param>
/// <param name="Open">Opens the decompressed content; may be called more than once (a hash pass, then the import).</param>
public sealed record InputFile(string Name, long CompressedLength, Func<ProgressStream> Open);
