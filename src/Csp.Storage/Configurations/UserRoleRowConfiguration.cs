using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class UserRoleRowConfiguration : IEntityTypeConfiguration<UserRoleRow>
{
    public void Configure(EntityTypeBuilder<UserRoleRow> builder)
    {
        builder.ToTable("user_roles");
        builder.HasKey(e => new { e.UserId, e.Role });
        SnakeCase.Apply(builder);
    }
}
