using System.Globalization;
using Csp.Core.Reports;

namespace Csp.Core.Cases.CaseReview;

/// <summary>
/// The ASB Case Review figures a partnership publishes for a financial year (Anti-social Behaviour, Crime and Policing Act
/// 2014, s.104: applications received, the number where the threshold was not met, reviews carried out, and reviews that
/// resulted in recommendations), as a public (Part 1) document: counts only, each from 1 to
/// <c>suppressBelow - 1</c> withheld (with the figure that would give it away, <see cref="CaseReviewFigures.ForPublication"/>),
/// so no figure here can point to a household. A withheld figure's number is not in the document at all.
/// </summary>
public static class CaseReviewStatisticsReport
{
    public const string Kind = "case-review-statistics";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <param name="figures">The year's figures, already suppressed.</param>
    /// <param name="suppressBelow">The threshold the figures were suppressed with, for the note that says so.</param>
    /// <param name="date">The day it is published, for the front sheet.</param>
    public static ReportDocument Build(PublishedCaseReviewFigures figures, int suppressBelow, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var year = $"{figures.From.Year.ToString(CultureInfo.InvariantCulture)}/{(figures.To.Year % 100).ToString("D2", CultureInfo.InvariantCulture)}";
        var span = $"{figures.From.ToString("d MMMM yyyy", EnGb)} to {figures.To.ToString("d MMMM yyyy", EnGb)}";
        var title = $"ASB Case Reviews {year}";
        (string Label, PublicCount Count)[] rows =
        [
            ("Applications for an ASB Case Review received", figures.ApplicationsReceived),
            ("Applications where the threshold for a review was not met", figures.ThresholdNotMet),
            ("ASB Case Reviews carried out", figures.ReviewsHeld),
            ("ASB Case Reviews that resulted in recommendations", figures.ReviewsWithRecommendations),
        ];
        var notes = new List<string>
        {
            "Each figure counts what happened in the year: an application received in March and decided in April is received in one year and decided in the next.",
        };
        if (rows.Any(r => r.Count.Withheld))
        {
            notes.Add($"{CellText.SuppressedMark} Fewer than {suppressBelow.ToString(CultureInfo.InvariantCulture)}, or a figure that would reveal one that is: withheld so that no figure can point to a household.");
        }
        var table = new ReportTable("case-reviews", $"ASB Case Reviews, {span}", [new("", CellFormat.Text), new("Number", CellFormat.Count)],
            rows.Select(r => new TableRow([TableCell.Of(r.Label), r.Count.Withheld ? TableCell.Withheld : TableCell.Of(r.Count.Count)])).ToList(), notes);
        List<CoverField> cover =
        [
            new("Subject", title),
            new("Period", $"Financial year {year} ({span})"),
            new("Published", date.ToString("d MMMM yyyy", EnGb)),
        ];
        List<ReportBlock> summary =
        [
            new ParagraphBlock("Victims of persistent anti-social behaviour may ask the partnership to review how their complaints were dealt with (the ASB Case Review, " +
                "sometimes called the Community Trigger, under section 104 of the Anti-social Behaviour, Crime and Policing Act 2014). A review is held when the " +
                "local threshold is met; it may recommend what the agencies should do."),
            new ParagraphBlock("The partnership publishes these figures every year, as the Act requires. They are counts only: no one who applied, and nothing about " +
                "their circumstances, is named or described."),
        ];
        List<ReportSection> sections = [new("1", $"ASB Case Reviews in {year}", [new TableBlock(table)])];
        List<DataSource> sources = [new("ASB Case Review applications recorded by the partnership", span, "Counts only: applications are not published", [])];
        return new ReportDocument(Kind, title, span, Classification.Public(suppressBelow), cover, summary, sections, sources);
    }
}
