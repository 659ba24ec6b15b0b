using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class SharingAgreementRowConfiguration : IEntityTypeConfiguration<SharingAgreementRow>
{
    public void Configure(EntityTypeBuilder<SharingAgreementRow> builder)
    {
        builder.ToTable("sharing_agreements");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
