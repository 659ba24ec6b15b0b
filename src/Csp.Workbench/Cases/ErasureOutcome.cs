namespace Csp.Workbench.Cases;

/// <summary>
/// The answer to an erasure request (README, "csp case erase"): whether the law allows it now, the reasons when not, and
/// what was (or, on a dry run, would be) done.
/// </summary>
/// <param name="Allowed">No reason stands in the way (see <see cref="AsbCases.EraseAsync"/> for the rule).</param>
/// <param name="Erased">The person's record is erased: by this request, or already before it.</param>
/// <param name="AlreadyErased">Nothing was left to do: the record and every case it is on were anonymised before.</param>
/// <param name="Reasons">Why erasure is refused, one a line, naming the case and what is still open or in force.</param>
/// <param name="Cases">The references of the cases anonymised with the person (or that would be), oldest first.</param>
public sealed record ErasureOutcome(long PersonId, DateOnly Today, bool DryRun, bool Allowed, bool Erased, bool AlreadyErased, IReadOnlyList<string> Reasons, IReadOnlyList<string> Cases);
