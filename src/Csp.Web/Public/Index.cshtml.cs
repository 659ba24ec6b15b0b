using Csp.Workbench.Publishing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Public;

/// <summary>/public: what the partnership has published (strategy, Strategy on a Page, performance report, ASB Case Review statistics) with the date of each, for anyone, no sign-in.</summary>
public sealed class IndexModel(Publications publications) : PageModel
{
    public IReadOnlyList<PublishedItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await publications.ListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>What each kind is, in a resident's words.</summary>
    public static string Describe(string kind) => kind switch
    {
        Publications.Strategy => "The Community Safety Strategy: the partnership's priorities and what it will do about them.",
        Publications.StrategyOnAPage => "The strategy on one page.",
        Publications.Performance => "How the partnership is doing against its targets this quarter, compared with the same quarter last year.",
        Publications.CaseReviewStatistics => "How many ASB Case Reviews (the Community Trigger) were asked for, held, and led to recommendations in the year.",
        _ => "",
    };
}
