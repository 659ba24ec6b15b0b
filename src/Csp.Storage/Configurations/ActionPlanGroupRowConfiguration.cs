using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class ActionPlanGroupRowConfiguration : IEntityTypeConfiguration<ActionPlanGroupRow>
{
    public void Configure(EntityTypeBuilder<ActionPlanGroupRow> builder)
    {
        builder.ToTable("action_plan_groups");
        builder.HasKey(e => new { e.ItemId, e.GroupId });
        IsoDates.Apply(builder);
    }
}
