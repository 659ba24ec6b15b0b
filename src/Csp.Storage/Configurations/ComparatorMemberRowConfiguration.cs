using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class ComparatorMemberRowConfiguration : IEntityTypeConfiguration<ComparatorMemberRow>
{
    public void Configure(EntityTypeBuilder<ComparatorMemberRow> builder)
    {
        builder.ToTable("comparator_groups");
        builder.HasKey(e => new { e.GroupName, e.AreaCode, e.MemberCode });
        SnakeCase.Apply(builder);
    }
}
