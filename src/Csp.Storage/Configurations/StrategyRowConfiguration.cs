using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class StrategyRowConfiguration : IEntityTypeConfiguration<StrategyRow>
{
    public void Configure(EntityTypeBuilder<StrategyRow> builder)
    {
        builder.ToTable("strategies");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
