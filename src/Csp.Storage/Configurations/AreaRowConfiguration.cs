using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class AreaRowConfiguration : IEntityTypeConfiguration<AreaRow>
{
    public void Configure(EntityTypeBuilder<AreaRow> builder)
    {
        builder.ToTable("areas");
        builder.HasKey(e => e.Code);
        SnakeCase.Apply(builder);
    }
}
