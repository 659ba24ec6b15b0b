using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class ReferralRowConfiguration : IEntityTypeConfiguration<ReferralRow>
{
    public void Configure(EntityTypeBuilder<ReferralRow> builder)
    {
        builder.ToTable("referrals");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.MadeOn).HasConversion(TextDates.Day);
        builder.Property(e => e.RespondedOn).HasConversion(TextDates.OptionalDay);
        SnakeCase.Apply(builder);
    }
}
