using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class AgencyRowConfiguration : IEntityTypeConfiguration<AgencyRow>
{
    public void Configure(EntityTypeBuilder<AgencyRow> builder)
    {
        builder.ToTable("agencies");
        builder.HasKey(e => e.Id);
        SnakeCase.Apply(builder);
    }
}
