using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class SurveyQuestionRowConfiguration : IEntityTypeConfiguration<SurveyQuestionRow>
{
    public void Configure(EntityTypeBuilder<SurveyQuestionRow> builder)
    {
        builder.ToTable("survey_questions");
        builder.HasKey(e => new { e.SurveyId, e.Position });
        IsoDates.Apply(builder);
    }
}
