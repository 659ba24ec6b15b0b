using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class MeetingItemRowConfiguration : IEntityTypeConfiguration<MeetingItemRow>
{
    public void Configure(EntityTypeBuilder<MeetingItemRow> builder)
    {
        builder.ToTable("meeting_items");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
