using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class ReturnValueRowConfiguration : IEntityTypeConfiguration<ReturnValueRow>
{
    public void Configure(EntityTypeBuilder<ReturnValueRow> builder)
    {
        builder.ToTable("return_values");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.PeriodStart).HasConversion(TextDates.Day);
        builder.Property(e => e.PeriodEnd).HasConversion(TextDates.Day);
        builder.Property(e => e.UpdatedAt).HasConversion(IsoTimestamps.Required);
        SnakeCase.Apply(builder);
    }
}
