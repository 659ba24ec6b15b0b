using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class SurveyConcernMappingRowConfiguration : IEntityTypeConfiguration<SurveyConcernMappingRow>
{
    public void Configure(EntityTypeBuilder<SurveyConcernMappingRow> builder)
    {
        builder.ToTable("survey_concern_mappings");
        builder.HasKey(e => new { e.SurveyId, e.Position });
        IsoDates.Apply(builder);
    }
}
