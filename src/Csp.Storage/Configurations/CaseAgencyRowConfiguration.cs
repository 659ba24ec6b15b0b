using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class CaseAgencyRowConfiguration : IEntityTypeConfiguration<CaseAgencyRow>
{
    public void Configure(EntityTypeBuilder<CaseAgencyRow> builder)
    {
        builder.ToTable("case_agencies");
        builder.HasKey(e => new { e.CaseId, e.AgencyId });
        IsoDates.Apply(builder);
    }
}
