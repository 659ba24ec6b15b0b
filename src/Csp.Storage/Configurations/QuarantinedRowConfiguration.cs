using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class QuarantinedRowConfiguration : IEntityTypeConfiguration<QuarantinedRow>
{
    public void Configure(EntityTypeBuilder<QuarantinedRow> builder)
    {
        builder.ToTable("quarantined_rows");
        builder.HasKey(e => e.Id);
        SnakeCase.Apply(builder);
    }
}
