using Csp.Core.Cases.CaseReview;
using Csp.Core.Cases.Repeats;

namespace Csp.Core.Cases;

/// <summary>
/// The partnership's local settings for ASB case management, read from data/config/asb-case-settings.csv (see its
/// README): the Case Review's threshold and timescales, the repeat rule, and how far ahead expiring interventions are
/// listed. A setting the file leaves out keeps its default.
/// </summary>
/// <param name="ExpiringWithinDays">Interventions ending within this many calendar days are listed as expiring (default 30).</param>
public sealed record AsbCaseSettings(CaseReviewSettings CaseReview, RepeatRule Repeats, int ExpiringWithinDays = 30)
{
    public static AsbCaseSettings Default { get; } = new(CaseReviewSettings.Default, RepeatRule.Default);
}
