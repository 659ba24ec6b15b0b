using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class PanelAgendaItemRowConfiguration : IEntityTypeConfiguration<PanelAgendaItemRow>
{
    public void Configure(EntityTypeBuilder<PanelAgendaItemRow> builder)
    {
        builder.ToTable("panel_agenda_items");
        builder.HasKey(e => e.Id);
        IsoDates.Apply(builder);
    }
}
