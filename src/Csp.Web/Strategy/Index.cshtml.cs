using Csp.Web.Security;
using Csp.Workbench.Publishing;
using Csp.Workbench.Strategy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Strategy;

/// <summary>/strategy: the Community Safety Strategy (a version by ?strategy=ID), the Management Group's decision, each theme, the action plan's position, and the documents.</summary>
public sealed class IndexModel(Strategies strategies, Publications publications, StrategyFacts facts, IAuthorizationService authorization) : PageModel
{
    public StrategyView? View { get; private set; }

    public bool MayManage { get; private set; }

    /// <summary>What the public page shows now (the strategy document), or null when nothing is published.</summary>
    public Publication? Published { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The errors of a fact's link form, and the theme whose form they belong to.</summary>
    public IReadOnlyList<string> FactErrors { get; private set; } = [];

    public int? FactTheme { get; private set; }

    /// <summary>The categories a fact may state (the form's list).</summary>
    public IReadOnlyList<string> Categories => facts.Categories;

    /// <summary>The area the link form opens on: the sample's partnership.</summary>
    public string DefaultArea => DecisionModel.DefaultArea;

    public async Task<IActionResult> OnGetAsync(long? strategy, CancellationToken cancellationToken)
    {
        View = await strategies.ViewAsync(strategy, cancellationToken).ConfigureAwait(false);
        if (View is null && strategy is not null) return NotFound();
        MayManage = (await authorization.AuthorizeAsync(User, Policies.ManageStrategy).ConfigureAwait(false)).Succeeded;
        Published = await publications.CurrentAsync(Publications.Strategy, cancellationToken).ConfigureAwait(false);
        return Page();
    }

    /// <summary>Publishes this version to /public/strategy (administrators and analysts; audited).</summary>
    public async Task<IActionResult> OnPostPublishAsync(long? strategy, CancellationToken cancellationToken) =>
        await AfterAsync(await publications.PublishStrategyAsync(PlanUsers.From(HttpContext), strategy, cancellationToken).ConfigureAwait(false), strategy, cancellationToken).ConfigureAwait(false);

    /// <summary>Takes the published strategy down (administrators and analysts; audited).</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(long? strategy, CancellationToken cancellationToken) =>
        await AfterAsync(await publications.WithdrawAsync(PlanUsers.From(HttpContext), Publications.Strategy, cancellationToken).ConfigureAwait(false), strategy, cancellationToken).ConfigureAwait(false);

    /// <summary>Links a fact of a priority to the assessment (administrators and analysts; audited).</summary>
    public async Task<IActionResult> OnPostLinkFactAsync(long strategy, int theme, string? area, string? category, string? measure, string? period, string? baseline,
        CancellationToken cancellationToken)
    {
        var change = await facts.LinkAsync(PlanUsers.From(HttpContext), strategy, new NewFact(theme, area, category, measure, period, baseline), cancellationToken).ConfigureAwait(false);
        if (change.Done) return Redirect($"/strategy?strategy={strategy}#theme-{theme}");
        if (!(await authorization.AuthorizeAsync(User, Policies.ManageStrategy).ConfigureAwait(false)).Succeeded) return Forbid();
        var shown = await OnGetAsync(strategy, cancellationToken).ConfigureAwait(false);
        (FactErrors, FactTheme) = (change.Errors, theme);
        return shown;
    }

    /// <summary>Unlinks a fact (administrators and analysts; audited).</summary>
    public async Task<IActionResult> OnPostUnlinkFactAsync(long strategy, long fact, CancellationToken cancellationToken)
    {
        var change = await facts.UnlinkAsync(PlanUsers.From(HttpContext), fact, cancellationToken).ConfigureAwait(false);
        if (change.Done) return Redirect($"/strategy?strategy={strategy}");
        if (!(await authorization.AuthorizeAsync(User, Policies.ManageStrategy).ConfigureAwait(false)).Succeeded) return Forbid();
        return change.NotFound ? NotFound() : await AfterAsync(change, strategy, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IActionResult> AfterAsync(PlanChange change, long? strategy, CancellationToken cancellationToken)
    {
        if (change.Done) return Redirect(strategy is { } id ? $"/strategy?strategy={id}#publishing" : "/strategy#publishing");
        if (!(await authorization.AuthorizeAsync(User, Policies.ManageStrategy).ConfigureAwait(false)).Succeeded) return Forbid();
        var shown = await OnGetAsync(strategy, cancellationToken).ConfigureAwait(false);
        Errors = change.Errors;
        return shown;
    }
}
