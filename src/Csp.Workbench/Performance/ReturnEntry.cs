namespace Csp.Workbench.Performance;

/// <summary>
/// One figure as the return form sends it: the measure, the area (ONS code or name), the quarter (<c>2025-Q2</c>), an
/// optional breakdown (<c>sex=Female</c>), the value as typed (a number, or <c>u/a</c> / empty for not available) and a note.
/// </summary>
public sealed record ReturnEntry(string Measure, string Area, string Quarter, string? Breakdown, string? Value, string? Note);
