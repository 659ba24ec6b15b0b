using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class PartnershipGroupRowConfiguration : IEntityTypeConfiguration<PartnershipGroupRow>
{
    public void Configure(EntityTypeBuilder<PartnershipGroupRow> builder)
    {
        builder.ToTable("partnership_groups");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
