using System.Data.Common;
using System.Runtime.InteropServices;
using Csp.Core.Assessment;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace Csp.Storage.Loaders;

/// <summary>
/// The located rows of one file counted by force, month, LSOA and crime type, and stored in <c>street_counts</c> (migration
/// 0013) in the file's transaction: the counts of each force-month the file holds replace that force-month's counts, as
/// its rows replace the earlier rows. A force-month is always held from one file, so the table stays equal to a GROUP BY
/// over the rows.
/// </summary>
/// <remarks>
/// As the rows are written each located one is kept as a compact record (7 bytes: its LSOA, crime type and force-month as
/// indexes into the file's own, numbered as first met), and at the end of the file they are counted in one pass by
/// <see cref="CrimeCounts.CountInto"/>, the counting `./csp bench assess` times, into a dense array of the file's LSOAs x
/// crime types x force-months (for a force's month about 1,000 x 14 x 1). A file beyond what that array takes (more than
/// 256 crime types, or more cells than <see cref="MaxDenseCells"/>) is counted cell by cell in a dictionary instead.
/// </remarks>
internal sealed class StreetCountTally
{
    /// <summary>The largest dense array (64 MB) a file's counts are counted into.</summary>
    private const long MaxDenseCells = 1 << 24;

    private int[] _lsoa = new int[4096];
    private byte[] _type = new byte[4096];
    private short[] _forceMonth = new short[4096];
    private int _count;

    /// <summary>The counts cell by cell, once the file is too wide for the dense count; null until then.</summary>
    private Dictionary<(int Force, int Month, int Lsoa, int Type), int>? _byCell;

    // The file's LSOAs, crime types and force-months, each numbered as first met, and the way back from the ids.
    private readonly List<int> _lsoaIds = [];
    private readonly List<int> _typeIds = [];
    private readonly List<(int Force, int Month)> _forceMonths = [];
    private int[] _lsoaOfId = [];
    private int[] _typeOfId = [];
    private readonly Dictionary<(int Force, int Month), int> _forceMonthOf = [];

    /// <summary>Keeps the rows of a chunk that are about to be written; rows without an LSOA are in no area and not counted.</summary>
    public void Add(StreetRecordChunk chunk)
    {
        if (_count + chunk.Count > _lsoa.Length)
        {
            var capacity = Math.Max(_lsoa.Length * 2, _count + chunk.Count);
            Array.Resize(ref _lsoa, capacity);
            Array.Resize(ref _type, capacity);
            Array.Resize(ref _forceMonth, capacity);
        }
        (int Force, int Month) last = (-1, -1);
        var lastIndex = -1;
        foreach (ref readonly var r in chunk.Rows.AsSpan(0, chunk.Count))
        {
            if (r.LsoaId is not { } lsoa) continue;
            if ((r.ForceId, r.Month) != last)
            {
                last = (r.ForceId, r.Month);
                if (!_forceMonthOf.TryGetValue(last, out lastIndex))
                {
                    _forceMonthOf[last] = lastIndex = _forceMonths.Count;
                    _forceMonths.Add(last);
                }
            }
            var type = IndexOf(ref _typeOfId, _typeIds, r.CrimeTypeId);
            if (_byCell is null && (type > byte.MaxValue || lastIndex > short.MaxValue)) MoveToCells();
            if (_byCell is not null)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_byCell, (last.Force, last.Month, lsoa, r.CrimeTypeId), out _)++;
                continue;
            }
            (_lsoa[_count], _type[_count], _forceMonth[_count]) = (IndexOf(ref _lsoaOfId, _lsoaIds, lsoa), (byte)type, (short)lastIndex);
            _count++;
        }
    }

    /// <summary>The records kept so far counted cell by cell, and every record after them too: the file is too wide for the dense count.</summary>
    private void MoveToCells()
    {
        _byCell = [];
        for (var i = 0; i < _count; i++)
        {
            var (force, month) = _forceMonths[_forceMonth[i]];
            CollectionsMarshal.GetValueRefOrAddDefault(_byCell, (force, month, _lsoaIds[_lsoa[i]], _typeIds[_type[i]]), out _)++;
        }
        _count = 0;
    }

    /// <summary>The file's index of a vocabulary id (LSOA or crime type), numbered next if new.</summary>
    private static int IndexOf(ref int[] indexOfId, List<int> ids, int id)
    {
        if ((uint)id >= (uint)indexOfId.Length)
        {
            var old = indexOfId.Length;
            Array.Resize(ref indexOfId, Math.Max(id + 1, old * 2));
            indexOfId.AsSpan(old).Fill(-1);
        }
        ref var index = ref indexOfId[id];
        if (index < 0)
        {
            index = ids.Count;
            ids.Add(id);
        }
        return index;
    }

    /// <summary>The counts, in key order (force, month, LSOA, crime type): each force-month's cells extend the index at one place.</summary>
    private List<(int Force, int Month, int Lsoa, int Type, int Records)> Cells()
    {
        var cells = new List<(int Force, int Month, int Lsoa, int Type, int Records)>();
        var (lsoas, types, forceMonths) = (_lsoaIds.Count, _typeIds.Count, _forceMonths.Count);
        if (_byCell is null && (long)lsoas * types * forceMonths > MaxDenseCells) MoveToCells();
        if (_byCell is not null)
        {
            cells.AddRange(_byCell.Select(c => (c.Key.Force, c.Key.Month, c.Key.Lsoa, c.Key.Type, c.Value)));
            cells.Sort();
            return cells;
        }
        if (_count == 0) return cells;
        // Dense: LSOA x crime type x force-month, in CrimeCounts' layout (the force-month innermost).
        var counts = new int[lsoas * types * forceMonths];
        CrimeCounts.CountInto(counts, lsoas, types, forceMonths, _lsoa.AsMemory(0, _count), _type.AsMemory(0, _count), _forceMonth.AsMemory(0, _count));
        var lsoaOrder = Order(_lsoaIds);
        var typeOrder = Order(_typeIds);
        foreach (var f in Enumerable.Range(0, forceMonths).OrderBy(f => _forceMonths[f]))
        {
            foreach (var l in lsoaOrder)
            {
                foreach (var t in typeOrder)
                {
                    if (counts[(l * types + t) * forceMonths + f] is var records and > 0)
                    {
                        cells.Add((_forceMonths[f].Force, _forceMonths[f].Month, _lsoaIds[l], _typeIds[t], records));
                    }
                }
            }
        }
        return cells;

        static int[] Order(List<int> ids) => Enumerable.Range(0, ids.Count).OrderBy(i => ids[i]).ToArray();
    }

    /// <summary>
    /// Replaces the counts of <paramref name="units"/> (every force-month the file holds rows of, whether or not any is
    /// located) with this file's, inside <paramref name="transaction"/>.
    /// </summary>
    public void Write(DatabaseProvider provider, DbConnection connection, DbTransaction transaction, IEnumerable<(int Force, int Month)> units, PgBinaryRows copyBuffer)
    {
        using (var delete = Sql.Command(connection, transaction, "DELETE FROM street_counts WHERE force_id = @f AND month = @m", ("f", 0), ("m", 0)))
        {
            foreach (var (force, month) in units)
            {
                delete.Parameters[0].Value = force;
                delete.Parameters[1].Value = month;
                delete.ExecuteNonQuery();
            }
        }
        var cells = Cells();
        if (cells.Count == 0) return;
        if (provider == DatabaseProvider.Sqlite) WriteSqlite((SqliteConnection)connection, cells);
        else WritePostgres((NpgsqlConnection)connection, cells, copyBuffer);
    }

    /// <summary>One prepared insert stepped through SQLite's C API, in the transaction open on the connection (as the rows are written).</summary>
    private static void WriteSqlite(SqliteConnection connection, List<(int Force, int Month, int Lsoa, int Type, int Records)> cells)
    {
        Check(connection, raw.sqlite3_prepare_v2(connection.Handle,
            "INSERT INTO street_counts (force_id, month, lsoa_id, crime_type_id, records) VALUES (?1, ?2, ?3, ?4, ?5)", out var insert));
        try
        {
            foreach (var (force, month, lsoa, type, records) in cells)
            {
                raw.sqlite3_bind_int(insert, 1, force);
                raw.sqlite3_bind_int(insert, 2, month);
                raw.sqlite3_bind_int(insert, 3, lsoa);
                raw.sqlite3_bind_int(insert, 4, type);
                raw.sqlite3_bind_int(insert, 5, records);
                var rc = raw.sqlite3_step(insert);
                raw.sqlite3_reset(insert);
                if (rc != raw.SQLITE_DONE) Check(connection, rc);
            }
        }
        finally
        {
            raw.sqlite3_finalize(insert);
        }
    }

    private static void WritePostgres(NpgsqlConnection connection, List<(int Force, int Month, int Lsoa, int Type, int Records)> cells, PgBinaryRows rows)
    {
        var b = rows.Begin();
        foreach (var (force, month, lsoa, type, records) in cells)
        {
            b.Row(5);
            b.Int32(force);
            b.Int32(month);
            b.Int32(lsoa);
            b.Int32(type);
            b.Int32(records);
        }
        using var copy = connection.BeginRawBinaryCopy("COPY street_counts (force_id, month, lsoa_id, crime_type_id, records) FROM STDIN (FORMAT BINARY)");
        copy.Write(b.Bytes);
        copy.Write(PgBinaryRows.Trailer);
    }

    private static void Check(SqliteConnection connection, int rc)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_DONE) return;
        throw new InvalidOperationException($"SQLite could not store the street counts: {raw.sqlite3_errmsg(connection.Handle).utf8_to_string()} ({rc}).");
    }
}
