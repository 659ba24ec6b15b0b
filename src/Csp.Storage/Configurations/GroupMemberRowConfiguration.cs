using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class GroupMemberRowConfiguration : IEntityTypeConfiguration<GroupMemberRow>
{
    public void Configure(EntityTypeBuilder<GroupMemberRow> builder)
    {
        builder.ToTable("group_members");
        builder.HasKey(e => new { e.GroupId, e.UserName });
        IsoDates.Apply(builder);
    }
}
