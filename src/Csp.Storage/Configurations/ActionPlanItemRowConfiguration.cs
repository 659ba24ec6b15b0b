using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class ActionPlanItemRowConfiguration : IEntityTypeConfiguration<ActionPlanItemRow>
{
    public void Configure(EntityTypeBuilder<ActionPlanItemRow> builder)
    {
        builder.ToTable("action_plan_items");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
