using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class CaseIncidentRowConfiguration : IEntityTypeConfiguration<CaseIncidentRow>
{
    public void Configure(EntityTypeBuilder<CaseIncidentRow> builder)
    {
        builder.ToTable("case_incidents");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
