using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class PanelReferralRowConfiguration : IEntityTypeConfiguration<PanelReferralRow>
{
    public void Configure(EntityTypeBuilder<PanelReferralRow> builder)
    {
        builder.ToTable("panel_referrals");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
