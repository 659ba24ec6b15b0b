using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class PublishedSummaryRowConfiguration : IEntityTypeConfiguration<PublishedSummaryRow>
{
    public void Configure(EntityTypeBuilder<PublishedSummaryRow> builder)
    {
        builder.ToTable("published_summaries");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
