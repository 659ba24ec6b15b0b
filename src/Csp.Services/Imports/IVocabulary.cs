using System.Data.Common;

namespace Csp.Services.Imports;

/// <summary>What an import does with every vocabulary: refresh at the start of a file, hand over new values, forget after a rollback.</summary>
internal interface IVocabulary
{
    void Refresh(DbConnection connection, DbTransaction transaction);

    Action<DbConnection, DbTransaction>? Detach();

    void Forget();
}
