using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class SurveyPostcodeRowConfiguration : IEntityTypeConfiguration<SurveyPostcodeRow>
{
    public void Configure(EntityTypeBuilder<SurveyPostcodeRow> builder)
    {
        builder.ToTable("survey_postcodes");
        builder.HasKey(e => e.ResponseId);
        builder.Property(e => e.ResponseId).ValueGeneratedNever();
        IsoDates.Apply(builder);
    }
}
