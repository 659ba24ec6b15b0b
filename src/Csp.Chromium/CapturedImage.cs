namespace Csp.Chromium;

/// <summary>A PNG of one element of a page, with its size in pixels (the element's CSS size times the scale asked for).</summary>
public sealed record CapturedImage(byte[] Png, int WidthPx, int HeightPx);
