namespace Csp.Ingest.Sources;

/// <summary>The content of a file that cannot be opened (an archive without its directory): reading it fails with why.</summary>
internal sealed class UnreadableStream(string message) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => 0; set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidDataException(message);
    public override int Read(Span<byte> buffer) => throw new InvalidDataException(message);
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
