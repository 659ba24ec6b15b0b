using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class CaseNoteRowConfiguration : IEntityTypeConfiguration<CaseNoteRow>
{
    public void Configure(EntityTypeBuilder<CaseNoteRow> builder)
    {
        builder.ToTable("case_notes");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
