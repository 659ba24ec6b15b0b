using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class MeetingActionRowConfiguration : IEntityTypeConfiguration<MeetingActionRow>
{
    public void Configure(EntityTypeBuilder<MeetingActionRow> builder)
    {
        builder.ToTable("meeting_actions");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
