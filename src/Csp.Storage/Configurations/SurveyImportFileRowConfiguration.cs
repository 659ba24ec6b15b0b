using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class SurveyImportFileRowConfiguration : IEntityTypeConfiguration<SurveyImportFileRow>
{
    public void Configure(EntityTypeBuilder<SurveyImportFileRow> builder)
    {
        builder.ToTable("survey_import_files");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
