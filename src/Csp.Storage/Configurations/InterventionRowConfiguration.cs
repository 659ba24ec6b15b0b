using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class InterventionRowConfiguration : IEntityTypeConfiguration<InterventionRow>
{
    public void Configure(EntityTypeBuilder<InterventionRow> builder)
    {
        builder.ToTable("interventions");
        builder.HasKey(e => e.Id);
        builder.HasMany(e => e.Breaches).WithOne().HasForeignKey(b => b.InterventionId);
        IsoDates.Apply(builder);
    }
}
