using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class PanelActionRowConfiguration : IEntityTypeConfiguration<PanelActionRow>
{
    public void Configure(EntityTypeBuilder<PanelActionRow> builder)
    {
        builder.ToTable("panel_actions");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
