using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class ActionPlanUpdateRowConfiguration : IEntityTypeConfiguration<ActionPlanUpdateRow>
{
    public void Configure(EntityTypeBuilder<ActionPlanUpdateRow> builder)
    {
        builder.ToTable("action_plan_updates");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
