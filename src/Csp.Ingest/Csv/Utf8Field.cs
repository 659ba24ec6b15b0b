using System.Buffers;
using System.Text.Unicode;

namespace Csp.Ingest.Csv;

/// <summary>Decoding of CSV fields that tells invalid UTF-8 (a file saved in another encoding) apart from text.</summary>
internal static class Utf8Field
{
    /// <summary>Decodes strictly; false when the bytes are not valid UTF-8.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, Span<char> destination, out int charsWritten)
    {
        var status = Utf8.ToUtf16(bytes, destination, out _, out charsWritten, replaceInvalidSequences: false);
        return status == OperationStatus.Done;
    }

    /// <summary>The offset of the first byte that is not valid UTF-8, for the error message.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[256];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], chars, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status == OperationStatus.InvalidData) return offset;
            if (status == OperationStatus.Done) return -1;
        }
        return -1;
    }
}
