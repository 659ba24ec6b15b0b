namespace Csp.Core.Cases.SubjectAccess;

public sealed record SubjectBreach(DateOnly On, string IncidentReference);
