namespace Csp.Core.Areas;

/// <summary>An ONS area: its GSS code (E07000109), its name (Gravesham), its level and the code of the area that contains it.</summary>
/// <param name="ParentCode">The containing area by the newest lookup loaded; null for a country.</param>
public sealed record Area(string Code, string Name, AreaLevel Level, string? ParentCode);
