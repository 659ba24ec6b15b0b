using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class LsoaMembershipRowConfiguration : IEntityTypeConfiguration<LsoaMembershipRow>
{
    public void Configure(EntityTypeBuilder<LsoaMembershipRow> builder)
    {
        builder.ToTable("lsoa_memberships");
        builder.HasKey(e => new { e.LsoaCode, e.Vintage });
        SnakeCase.Apply(builder);
    }
}
