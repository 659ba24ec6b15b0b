using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class PriorityDecisionItemRowConfiguration : IEntityTypeConfiguration<PriorityDecisionItemRow>
{
    public void Configure(EntityTypeBuilder<PriorityDecisionItemRow> builder)
    {
        builder.ToTable("priority_decision_items");
        builder.HasKey(e => new { e.DecisionId, e.Position });
        IsoDates.Apply(builder);
    }
}
