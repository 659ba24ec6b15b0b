namespace Csp.Reporting.Tests.Support;

/// <summary>The LibreOffice conversions run one after another: the machine has two cores and each conversion takes one.</summary>
[CollectionDefinition(Name)]
public sealed class LibreOfficeCollection
{
    public const string Name = "LibreOffice";
}
