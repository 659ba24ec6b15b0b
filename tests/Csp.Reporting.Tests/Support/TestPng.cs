using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Csp.Reporting.Tests.Support;

/// <summary>
/// Encodes a small, valid PNG (8-bit RGB, zlib-compressed scanlines, CRC-32 on every chunk) of a plain "chart": a white
/// ground with a grey frame and a few bars in one colour. A test double for figure pictures only; the real charts are drawn
/// by the report branch's Chromium rasterizer.
/// </summary>
internal static class TestPng
{
    public static byte[] Bars(int width, int height, (byte R, byte G, byte B) colour)
    {
        var raw = new byte[height * (1 + width * 3)];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + width * 3);
            raw[row] = 0; // filter: none
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = PixelAt(x, y, width, height, colour);
                var i = row + 1 + x * 3;
                raw[i] = r;
                raw[i + 1] = g;
                raw[i + 2] = b;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        WriteChunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(raw);
            WriteChunk(png, "IDAT", compressed.ToArray());
        }
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static (byte, byte, byte) PixelAt(int x, int y, int width, int height, (byte R, byte G, byte B) colour)
    {
        if (x < 2 || y < 2 || x >= width - 2 || y >= height - 2) return (0x80, 0x80, 0x80);
        // Five bars of rising height across the middle of the picture.
        var slot = (x - width / 10) / (width / 6);
        var inBar = x > width / 10 && slot < 5 && (x - width / 10) % (width / 6) < width / 9;
        var top = height - 20 - (slot + 1) * (height - 40) / 5;
        return inBar && y >= top && y < height - 20 ? (colour.R, colour.G, colour.B) : ((byte)0xFF, (byte)0xFF, (byte)0xFF);
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(typeBytes, data));
        png.Write(word);
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    /// <summary>The CRC-32 of the PNG specification (ISO 3309), over the chunk type and data.</summary>
    public static uint Crc32(byte[] type, byte[] data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in type) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        foreach (var b in data) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }
}
