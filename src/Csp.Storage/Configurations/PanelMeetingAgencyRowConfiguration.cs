using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class PanelMeetingAgencyRowConfiguration : IEntityTypeConfiguration<PanelMeetingAgencyRow>
{
    public void Configure(EntityTypeBuilder<PanelMeetingAgencyRow> builder)
    {
        builder.ToTable("panel_meeting_agencies");
        builder.HasKey(e => new { e.MeetingId, e.AgencyId });
        IsoDates.Apply(builder);
    }
}
