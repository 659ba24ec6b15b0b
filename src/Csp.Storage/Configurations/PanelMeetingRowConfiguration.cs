using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class PanelMeetingRowConfiguration : IEntityTypeConfiguration<PanelMeetingRow>
{
    public void Configure(EntityTypeBuilder<PanelMeetingRow> builder)
    {
        builder.ToTable("panel_meetings");
        builder.HasKey(e => e.Id);
        builder.HasMany(e => e.Agencies).WithOne().HasForeignKey(a => a.MeetingId);
        IsoDates.Apply(builder);
    }
}
