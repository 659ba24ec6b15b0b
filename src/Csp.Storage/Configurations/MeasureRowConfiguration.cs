using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class MeasureRowConfiguration : IEntityTypeConfiguration<MeasureRow>
{
    public void Configure(EntityTypeBuilder<MeasureRow> builder)
    {
        builder.ToTable("measures");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.UpdatedAt).HasConversion(IsoTimestamps.Required);
        SnakeCase.Apply(builder);
    }
}
