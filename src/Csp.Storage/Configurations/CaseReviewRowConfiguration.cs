using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class CaseReviewRowConfiguration : IEntityTypeConfiguration<CaseReviewRow>
{
    public void Configure(EntityTypeBuilder<CaseReviewRow> builder)
    {
        builder.ToTable("case_reviews");
        builder.HasKey(e => e.Id);
        builder.HasMany(e => e.Complaints).WithOne().HasForeignKey(c => c.ReviewId);
        IsoDates.Apply(builder);
    }
}
