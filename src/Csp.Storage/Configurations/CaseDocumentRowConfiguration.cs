using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class CaseDocumentRowConfiguration : IEntityTypeConfiguration<CaseDocumentRow>
{
    public void Configure(EntityTypeBuilder<CaseDocumentRow> builder)
    {
        builder.ToTable("case_documents");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
