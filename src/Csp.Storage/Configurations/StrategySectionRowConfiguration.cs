using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class StrategySectionRowConfiguration : IEntityTypeConfiguration<StrategySectionRow>
{
    public void Configure(EntityTypeBuilder<StrategySectionRow> builder)
    {
        builder.ToTable("strategy_sections");
        builder.HasKey(e => new { e.StrategyId, e.Theme, e.Section, e.Position });
        IsoDates.Apply(builder);
    }
}
