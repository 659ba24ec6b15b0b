using Csp.Core.Cases.CaseReview;
using Csp.Core.Cases.Repeats;

namespace Csp.Core.Cases;

/// <summary>
/// The partnership's local settings for ASB case management, read from data/config/asb-case-settings.csv (see its
/// README): the Case Review's threshold and timescales, the repeat rule, and how far ahead expiring interventions are
/// listed. A setting the file leaves out keeps its default.
/// </summary>
/// <param name="ExpiringWithinDays">Interventions ending within this many calendar days are listed as expiring (default 30).</param>
/// <param name="RetentionYears">A closed case's personal data is kept this many years after it closed, then anonymised (default 6).</param>
/// <param name="DocumentLimitMegabytes">The largest document an officer may upload to a case, in megabytes of 1,048,576 bytes (default 10).</param>
public sealed record AsbCaseSettings(CaseReviewSettings CaseReview, RepeatRule Repeats, int ExpiringWithinDays = 30, int RetentionYears = 6, int DocumentLimitMegabytes = 10)
{
    /// <summary>The largest upload the web server takes whole: the document limit cannot exceed it (the form's other fields need room).</summary>
    public const int MaximumDocumentLimitMegabytes = 25;

    /// <summary><see cref="DocumentLimitMegabytes"/> in bytes: a file of exactly this size is accepted, one byte more refused.</summary>
    public long DocumentLimitBytes => DocumentLimitMegabytes * 1024L * 1024L;

    public static AsbCaseSettings Default { get; } = new(CaseReviewSettings.Default, RepeatRule.Default);

    /// <summary>
    /// The last closing day whose cases are due for anonymisation on <paramref name="today"/>: a case closed on 5 March
    /// 2019 with six years' retention is kept to 5 March 2025 and anonymised from 6 March 2025.
    /// </summary>
    public DateOnly RetentionCutoff(DateOnly today) => today.AddYears(-RetentionYears).AddDays(-1);
}
