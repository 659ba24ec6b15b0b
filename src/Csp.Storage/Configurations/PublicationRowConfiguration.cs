using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class PublicationRowConfiguration : IEntityTypeConfiguration<PublicationRow>
{
    public void Configure(EntityTypeBuilder<PublicationRow> builder)
    {
        builder.ToTable("publications");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
