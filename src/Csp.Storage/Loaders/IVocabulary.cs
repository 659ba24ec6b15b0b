using System.Data.Common;

namespace Csp.Storage.Loaders;

/// <summary>What an import does with every vocabulary: refresh at the start of a file, write new values, forget after a rollback.</summary>
internal interface IVocabulary
{
    string MaxIdSql { get; }

    void Refresh(DbConnection connection, DbTransaction transaction, int maxId);

    string? WriteNew(DbConnection connection, DbTransaction transaction, DbCommand batch);

    void Forget();
}
