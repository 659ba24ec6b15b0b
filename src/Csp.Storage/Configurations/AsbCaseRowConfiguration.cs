using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class AsbCaseRowConfiguration : IEntityTypeConfiguration<AsbCaseRow>
{
    public void Configure(EntityTypeBuilder<AsbCaseRow> builder)
    {
        builder.ToTable("asb_cases");
        builder.HasKey(e => e.Id);
        builder.HasMany(e => e.Partners).WithOne().HasForeignKey(p => p.CaseId);
        IsoDates.Apply(builder);
    }
}
