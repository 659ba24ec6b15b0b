using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

internal sealed class ImportFileRowConfiguration : IEntityTypeConfiguration<ImportFileRow>
{
    public void Configure(EntityTypeBuilder<ImportFileRow> builder)
    {
        builder.ToTable("import_files");
        builder.HasKey(e => e.Id);
        SnakeCase.Apply(builder);
    }
}
