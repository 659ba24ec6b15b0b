using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class CaseTaskRowConfiguration : IEntityTypeConfiguration<CaseTaskRow>
{
    public void Configure(EntityTypeBuilder<CaseTaskRow> builder)
    {
        builder.ToTable("case_tasks");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
