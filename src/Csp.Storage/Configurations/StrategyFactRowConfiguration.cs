using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class StrategyFactRowConfiguration : IEntityTypeConfiguration<StrategyFactRow>
{
    public void Configure(EntityTypeBuilder<StrategyFactRow> builder)
    {
        builder.ToTable("strategy_facts");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
