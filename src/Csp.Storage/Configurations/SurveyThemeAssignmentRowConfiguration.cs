using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class SurveyThemeAssignmentRowConfiguration : IEntityTypeConfiguration<SurveyThemeAssignmentRow>
{
    public void Configure(EntityTypeBuilder<SurveyThemeAssignmentRow> builder)
    {
        builder.ToTable("survey_theme_assignments");
        builder.HasKey(e => new { e.SurveyId, e.QuestionKey, e.ResponseKey });
        IsoDates.Apply(builder);
    }
}
