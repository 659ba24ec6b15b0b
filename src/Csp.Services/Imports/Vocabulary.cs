using System.Data.Common;
using System.Globalization;
using Csp.Services.Storage;

namespace Csp.Services.Imports;

/// <summary>
/// The ids of one vocabulary table (crime types, outcomes, forces, street names, police LSOAs), cached in memory for a run
/// and extended inside the import's transaction. If that transaction rolls back, <see cref="Forget"/> drops the cache.
/// </summary>
internal sealed class Vocabulary(string table, string keyColumns)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private bool _loaded;

    public int Id(DbConnection connection, DbTransaction transaction, string value)
    {
        if (!_loaded) Load(connection, transaction);
        if (_ids.TryGetValue(value, out var id)) return id;
        // ON CONFLICT ... DO UPDATE makes RETURNING give the id whether the row is new or another process added it.
        var sql = keyColumns == "name"
            ? $"INSERT INTO {table} (name) VALUES (@a) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id"
            : $"INSERT INTO {table} (code, name) VALUES (@a, @b) ON CONFLICT (code, name) DO UPDATE SET name = excluded.name RETURNING id";
        var parts = Split(value);
        id = (int)Sql.Long(connection, transaction, sql, ("a", parts.A), ("b", parts.B));
        _ids[value] = id;
        return id;
    }

    /// <summary>For the two-column LSOA vocabulary the key is "code\tname".</summary>
    public static string Key(string code, string? name) => code + "\t" + name;

    public void Forget()
    {
        _ids.Clear();
        _loaded = false;
    }

    private void Load(DbConnection connection, DbTransaction transaction)
    {
        var sql = keyColumns == "name" ? $"SELECT id, name FROM {table}" : $"SELECT id, code, name FROM {table}";
        foreach (var (id, key) in Sql.Query(connection, transaction, sql, r => (Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture),
                     keyColumns == "name" ? r.GetString(1) : Key(r.GetString(1), r.GetString(2)))))
        {
            _ids[key] = id;
        }
        _loaded = true;
    }

    private (string A, string? B) Split(string value)
    {
        if (keyColumns == "name") return (value, null);
        var tab = value.IndexOf('\t', StringComparison.Ordinal);
        return (value[..tab], value[(tab + 1)..]);
    }
}
