using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Csp.Storage.Configurations;

/// <summary>Maps PascalCase properties to the snake_case columns the SQL migrations create.</summary>
internal static class SnakeCase
{
    public static void Apply<T>(EntityTypeBuilder<T> builder) where T : class
    {
        // Shadow properties are EF's guesses made before a relationship names its key (UserRow.Roles would guess
        // user_row_id): naming their columns would pin them in the model.
        foreach (var property in builder.Metadata.GetProperties().Where(p => !p.IsShadowProperty()))
        {
            builder.Property(property.Name).HasColumnName(Convert(property.Name));
        }
    }

    public static string Convert(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
