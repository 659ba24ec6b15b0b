using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class MeetingRowConfiguration : IEntityTypeConfiguration<MeetingRow>
{
    public void Configure(EntityTypeBuilder<MeetingRow> builder)
    {
        builder.ToTable("meetings");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
