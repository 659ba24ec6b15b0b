using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class MeasureAreaTargetRowConfiguration : IEntityTypeConfiguration<MeasureAreaTargetRow>
{
    public void Configure(EntityTypeBuilder<MeasureAreaTargetRow> builder)
    {
        builder.ToTable("measure_area_targets");
        builder.HasKey(e => new { e.MeasureId, e.Area });
        SnakeCase.Apply(builder);
    }
}
