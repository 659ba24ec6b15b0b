using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class MeetingDecisionRowConfiguration : IEntityTypeConfiguration<MeetingDecisionRow>
{
    public void Configure(EntityTypeBuilder<MeetingDecisionRow> builder)
    {
        builder.ToTable("meeting_decisions");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
