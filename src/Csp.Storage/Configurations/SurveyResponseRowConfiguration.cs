using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class SurveyResponseRowConfiguration : IEntityTypeConfiguration<SurveyResponseRow>
{
    public void Configure(EntityTypeBuilder<SurveyResponseRow> builder)
    {
        builder.ToTable("survey_responses");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
