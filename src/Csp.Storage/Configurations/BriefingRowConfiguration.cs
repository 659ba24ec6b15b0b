using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class BriefingRowConfiguration : IEntityTypeConfiguration<BriefingRow>
{
    public void Configure(EntityTypeBuilder<BriefingRow> builder)
    {
        builder.ToTable("briefings");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Since).HasConversion(TextDates.LocalMinute);
        builder.Property(e => e.Until).HasConversion(TextDates.LocalMinute);
        builder.Property(e => e.HeldAt).HasConversion(IsoTimestamps.Required);
        SnakeCase.Apply(builder);
    }
}
