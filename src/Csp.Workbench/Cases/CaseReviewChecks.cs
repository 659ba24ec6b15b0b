using Csp.Core.Cases.CaseReview;
using Csp.Core.Imports;
using Csp.Ingest.Cases;

namespace Csp.Workbench.Cases;

/// <summary>
/// The ASB Case Review threshold check under the Anti-social Behaviour, Crime and Policing Act 2014 (ss.104-105) with the
/// partnership's local settings and bank holidays: which complaints qualify and why each does not, and when the
/// acknowledgement and threshold decision are due. <c>csp case-review check</c> calls it on a complaints file.
/// </summary>
public sealed class CaseReviewChecks(AsbCaseConfiguration configuration)
{
    /// <summary>The complaints of a CSV file (<c>reported_on,behaviour_on,agency</c>) with the bad rows as issues; null when there is no such file.</summary>
    public static (IReadOnlyList<Complaint> Complaints, IReadOnlyList<ImportIssue> Issues)? ReadComplaints(string path)
    {
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        return ComplaintsCsvReader.Read(stream, path);
    }

    public CaseReviewCheckResult Check(DateOnly applicationDate, IReadOnlyList<Complaint> complaints) =>
        CaseReviewCheckResult.Check(applicationDate, complaints, configuration.Settings.CaseReview, configuration.Calendar);

    /// <summary>Problems with the configuration the check uses (the settings or bank holiday files), in words.</summary>
    public IReadOnlyList<ImportIssue> ConfigurationIssues => configuration.Issues.Where(i => !i.File.EndsWith(AsbCaseConfiguration.MatrixFile, StringComparison.Ordinal)).ToList();
}
