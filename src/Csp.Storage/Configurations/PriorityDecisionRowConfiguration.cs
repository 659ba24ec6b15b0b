using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class PriorityDecisionRowConfiguration : IEntityTypeConfiguration<PriorityDecisionRow>
{
    public void Configure(EntityTypeBuilder<PriorityDecisionRow> builder)
    {
        builder.ToTable("priority_decisions");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
