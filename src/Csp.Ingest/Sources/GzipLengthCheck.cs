using System.Buffers.Binary;
using System.IO.Compression;

namespace Csp.Ingest.Sources;

/// <summary>
/// Decompresses a gzip file and, at its end, checks the length of what came out against the length the file records in its
/// last four bytes (ISIZE, modulo 2^32). <see cref="GZipStream"/> ends quietly where compressed data is cut off, so without
/// this a download stopped at a line break would pass as a complete, shorter file.
/// </summary>
/// <remarks>
/// A file of several gzip members (concatenated) records the length of its last member only, and is reported as
/// truncated: recompress it as one (<c>gzip -dc f.gz | gzip &gt; g.gz</c>). Such files are rare (police.uk and ONS publish
/// neither).
/// </remarks>
internal sealed class GzipLengthCheck(FileStream file) : Stream
{
    private readonly GZipStream _gzip = new(file, CompressionMode.Decompress, leaveOpen: true);
    private long _length;
    private bool _checked;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = _gzip.Read(buffer);
        _length += n;
        if (n == 0 && buffer.Length > 0 && !_checked) Check();
        return n;
    }

    private void Check()
    {
        _checked = true;
        Span<byte> trailer = stackalloc byte[4];
        if (file.Length < 18) throw new InvalidDataException("the compressed file is too short to be whole");
        file.Seek(-4, SeekOrigin.End);
        file.ReadExactly(trailer);
        var recorded = BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        if (recorded != (uint)_length)
        {
            throw new InvalidDataException(
                $"the compressed data ends after {_length:N0} bytes, but the file records {recorded:N0} (modulo 4 GiB): it is truncated or corrupt");
        }
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gzip.Dispose();
            file.Dispose();
        }
        base.Dispose(disposing);
    }
}
