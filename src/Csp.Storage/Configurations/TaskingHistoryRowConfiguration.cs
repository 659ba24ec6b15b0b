using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class TaskingHistoryRowConfiguration : IEntityTypeConfiguration<TaskingHistoryRow>
{
    public void Configure(EntityTypeBuilder<TaskingHistoryRow> builder)
    {
        builder.ToTable("tasking_history");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.At).HasConversion(IsoTimestamps.Required);
        SnakeCase.Apply(builder);
    }
}
