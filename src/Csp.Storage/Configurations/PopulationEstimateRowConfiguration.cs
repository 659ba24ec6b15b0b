using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class PopulationEstimateRowConfiguration : IEntityTypeConfiguration<PopulationEstimateRow>
{
    public void Configure(EntityTypeBuilder<PopulationEstimateRow> builder)
    {
        builder.ToTable("population_estimates");
        builder.HasKey(e => new { e.AreaCode, e.Year, e.Source, e.AgeBand });
        SnakeCase.Apply(builder);
    }
}
