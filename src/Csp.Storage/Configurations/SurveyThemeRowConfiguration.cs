using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class SurveyThemeRowConfiguration : IEntityTypeConfiguration<SurveyThemeRow>
{
    public void Configure(EntityTypeBuilder<SurveyThemeRow> builder)
    {
        builder.ToTable("survey_themes");
        builder.HasKey(e => new { e.SurveyId, e.QuestionKey, e.Position });
        IsoDates.Apply(builder);
    }
}
