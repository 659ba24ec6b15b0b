using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class CaseReviewAppealRowConfiguration : IEntityTypeConfiguration<CaseReviewAppealRow>
{
    public void Configure(EntityTypeBuilder<CaseReviewAppealRow> builder)
    {
        builder.ToTable("case_review_appeals");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
