using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class SurveyAnswerRowConfiguration : IEntityTypeConfiguration<SurveyAnswerRow>
{
    public void Configure(EntityTypeBuilder<SurveyAnswerRow> builder)
    {
        builder.ToTable("survey_answers");
        builder.HasKey(e => new { e.ResponseId, e.QuestionKey, e.Part });
        IsoDates.Apply(builder);
    }
}
