using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class SurveyRowConfiguration : IEntityTypeConfiguration<SurveyRow>
{
    public void Configure(EntityTypeBuilder<SurveyRow> builder)
    {
        builder.ToTable("surveys");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
