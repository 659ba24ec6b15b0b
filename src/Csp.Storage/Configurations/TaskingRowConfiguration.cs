using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class TaskingRowConfiguration : IEntityTypeConfiguration<TaskingRow>
{
    public void Configure(EntityTypeBuilder<TaskingRow> builder)
    {
        builder.ToTable("taskings");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.RaisedOn).HasConversion(TextDates.Day);
        builder.Property(e => e.DueOn).HasConversion(TextDates.Day);
        builder.Property(e => e.UpdatedAt).HasConversion(IsoTimestamps.Required);
        SnakeCase.Apply(builder);
    }
}
