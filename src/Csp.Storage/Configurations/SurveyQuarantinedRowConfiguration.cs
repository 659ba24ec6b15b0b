using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class SurveyQuarantinedRowConfiguration : IEntityTypeConfiguration<SurveyQuarantinedRow>
{
    public void Configure(EntityTypeBuilder<SurveyQuarantinedRow> builder)
    {
        builder.ToTable("survey_quarantined_rows");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
