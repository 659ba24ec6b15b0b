using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class UserRowConfiguration : IEntityTypeConfiguration<UserRow>
{
    public void Configure(EntityTypeBuilder<UserRow> builder)
    {
        builder.ToTable("users");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.NormalizedName).IsUnique();
        builder.Property(e => e.LockoutEnd).HasConversion(IsoTimestamps.Optional);
        builder.Property(e => e.CreatedAt).HasConversion(IsoTimestamps.Required);
        builder.Property(e => e.LastSignInAt).HasConversion(IsoTimestamps.Optional);
        builder.HasMany(e => e.Roles).WithOne().HasForeignKey(r => r.UserId);
        SnakeCase.Apply(builder);
    }
}
