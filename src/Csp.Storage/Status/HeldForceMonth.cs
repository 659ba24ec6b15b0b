using Csp.Core.Periods;

namespace Csp.Storage.Status;

/// <summary>A force-month the database holds.</summary>
/// <param name="Incomplete">Null when the month is taken as whole; else why not (its file was truncated and kept with
/// --keep-partial, or its rows are implausibly few for the force: <see cref="Core.Imports.ForceMonthCompleteness"/>).</param>
internal sealed record HeldForceMonth(string Force, YearMonth Month, long Rows, string? Incomplete);
