using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class InterventionBreachRowConfiguration : IEntityTypeConfiguration<InterventionBreachRow>
{
    public void Configure(EntityTypeBuilder<InterventionBreachRow> builder)
    {
        builder.ToTable("intervention_breaches");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
