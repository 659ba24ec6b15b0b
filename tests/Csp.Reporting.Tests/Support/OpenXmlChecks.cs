using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace Csp.Reporting.Tests.Support;

/// <summary>The Open XML SDK's validator (schemas and semantic rules of Office 2019), its errors as readable lines.</summary>
internal static class OpenXmlChecks
{
    public static IReadOnlyList<string> Errors(OpenXmlPackage package) =>
        new OpenXmlValidator(FileFormatVersions.Office2019)
            .Validate(package)
            .Select(e => $"{e.ErrorType} {e.Id} in {e.Part?.Uri} at {e.Path?.XPath}: {e.Description}")
            .ToList();
}
