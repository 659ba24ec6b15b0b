using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class MeetingAttendeeRowConfiguration : IEntityTypeConfiguration<MeetingAttendeeRow>
{
    public void Configure(EntityTypeBuilder<MeetingAttendeeRow> builder)
    {
        builder.ToTable("meeting_attendees");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
