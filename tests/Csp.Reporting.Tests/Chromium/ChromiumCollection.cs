namespace Csp.Reporting.Tests.Chromium;

/// <summary>
/// The Chromium tests run one class at a time (beside the LibreOffice ones): on a two-core machine, browsers started by
/// several classes at once would only slow each other down.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection
{
    public const string Name = "Chromium";
}
