using Csp.Core.Strategy;

namespace Csp.Workbench.Strategy;

/// <summary>An action plan row as a user sees it: the item, its database id, its latest update, and whether this user may update it.</summary>
public sealed record ActionPlanRow(long Id, ActionPlanItem Item, ProgressUpdate? LastUpdate, bool MayUpdate);
