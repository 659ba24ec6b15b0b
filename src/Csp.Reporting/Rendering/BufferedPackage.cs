namespace Csp.Reporting.Rendering;

/// <summary>
/// Writes an Open XML package to any stream. The packaging API needs a seekable stream and an HTTP response is not one,
/// so the package is built in memory (a report is a few hundred kilobytes, most of it pictures) and copied out.
/// </summary>
internal static class BufferedPackage
{
    public static async Task WriteAsync(Stream output, Action<Stream> build, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        build(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }
}
