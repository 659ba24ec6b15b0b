using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class PoliceForceRowConfiguration : IEntityTypeConfiguration<PoliceForceRow>
{
    public void Configure(EntityTypeBuilder<PoliceForceRow> builder)
    {
        builder.ToTable("police_forces");
        builder.HasKey(e => e.Id);
        SnakeCase.Apply(builder);
    }
}
