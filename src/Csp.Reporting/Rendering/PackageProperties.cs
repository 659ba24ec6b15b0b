using Csp.Core.Reports;
using DocumentFormat.OpenXml.Packaging;

namespace Csp.Reporting.Rendering;

/// <summary>The core properties of a Word or Excel file (File, Info in Office): title, subject, classification, created.</summary>
internal static class PackageProperties
{
    public static void Describe(OpenXmlPackage package, ReportDocument document, DateTimeOffset created)
    {
        var properties = package.PackageProperties;
        properties.Title = XmlText.Clean(document.Title);
        if (document.Subtitle is not null) properties.Subject = XmlText.Clean(document.Subtitle);
        properties.Creator = "CSP Workbench";
        properties.Keywords = XmlText.Clean(document.Classification.Label);
        properties.Category = document.Kind;
        properties.Created = created.UtcDateTime;
        properties.Modified = created.UtcDateTime;
    }
}
