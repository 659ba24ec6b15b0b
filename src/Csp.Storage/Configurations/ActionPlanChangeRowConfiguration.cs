using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class ActionPlanChangeRowConfiguration : IEntityTypeConfiguration<ActionPlanChangeRow>
{
    public void Configure(EntityTypeBuilder<ActionPlanChangeRow> builder)
    {
        builder.ToTable("action_plan_changes");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
