using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class CaseReviewComplaintRowConfiguration : IEntityTypeConfiguration<CaseReviewComplaintRow>
{
    public void Configure(EntityTypeBuilder<CaseReviewComplaintRow> builder)
    {
        builder.ToTable("case_review_complaints");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
