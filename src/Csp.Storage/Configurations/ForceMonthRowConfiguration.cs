using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class ForceMonthRowConfiguration : IEntityTypeConfiguration<ForceMonthRow>
{
    public void Configure(EntityTypeBuilder<ForceMonthRow> builder)
    {
        builder.ToTable("force_months");
        builder.HasKey(e => new { e.ForceId, e.Month });
        SnakeCase.Apply(builder);
    }
}
