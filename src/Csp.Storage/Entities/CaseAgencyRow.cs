namespace Csp.Storage.Entities;

/// <summary>A partner agency working a case beside its lead (table case_agencies).</summary>
public sealed class CaseAgencyRow
{
    public long CaseId { get; set; }
    public long AgencyId { get; set; }
}
