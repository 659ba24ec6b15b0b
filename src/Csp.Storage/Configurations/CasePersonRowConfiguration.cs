using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class CasePersonRowConfiguration : IEntityTypeConfiguration<CasePersonRow>
{
    public void Configure(EntityTypeBuilder<CasePersonRow> builder)
    {
        builder.ToTable("case_people");
        builder.HasKey(e => new { e.CaseId, e.PersonId, e.Role });
        IsoDates.Apply(builder);
    }
}
