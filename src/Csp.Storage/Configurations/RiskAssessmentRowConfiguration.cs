using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class RiskAssessmentRowConfiguration : IEntityTypeConfiguration<RiskAssessmentRow>
{
    public void Configure(EntityTypeBuilder<RiskAssessmentRow> builder)
    {
        builder.ToTable("risk_assessments");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
