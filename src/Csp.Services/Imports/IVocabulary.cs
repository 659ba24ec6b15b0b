using System.Data.Common;

namespace Csp.Services.Imports;

/// <summary>What an import does with every vocabulary at the start of a file, at each chunk and after a rollback.</summary>
internal interface IVocabulary
{
    void Refresh(DbConnection connection, DbTransaction transaction);

    void Flush(DbConnection connection, DbTransaction transaction);

    Action<DbConnection, DbTransaction>? Detach();

    void Forget();
}
