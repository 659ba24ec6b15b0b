using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class WebImportRowConfiguration : IEntityTypeConfiguration<WebImportRow>
{
    public void Configure(EntityTypeBuilder<WebImportRow> builder)
    {
        builder.ToTable("web_imports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.UploadedAt).HasConversion(IsoTimestamps.Required);
        builder.Property(e => e.FinishedAt).HasConversion(IsoTimestamps.Optional);
        SnakeCase.Apply(builder);
    }
}
