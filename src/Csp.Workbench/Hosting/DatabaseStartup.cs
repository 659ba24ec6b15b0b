using Csp.Storage;
using Csp.Storage.Status;
using Csp.Workbench.Accounts;
using Csp.Workbench.Imports;

namespace Csp.Workbench.Hosting;

/// <summary>Before an app takes requests: the schema brought up to date, imports a stopped app left unfinished marked failed,
/// and the first administrator created when there are no users.</summary>
public sealed class DatabaseStartup(CspDatabase database, MemoryDatabaseAnchor anchor, BrowserImports imports, AccountService accounts)
{
    /// <param name="adminPassword">The first administrator's password when given (CSP_ADMIN_PASSWORD); null makes one.</param>
    /// <returns>The first administrator when this run created it, and the database's state as found (before either).</returns>
    public async Task<(CreatedUser? Created, StartupState State)> PrepareAsync(string? adminPassword, CancellationToken cancellationToken)
    {
        anchor.Hold();
        await SchemaMigrator.MigrateAsync(database, cancellationToken).ConfigureAwait(false);
        Csp.Storage.Diagnostics.StartupTrace.Mark("serve: schema up to date");
        // One plain query says whether anything below is needed: a restart usually needs none of it.
        var state = await StartupState.ReadAsync(database, cancellationToken).ConfigureAwait(false);
        Csp.Storage.Diagnostics.StartupTrace.Mark("serve: start-up state read");
        if (state.UnfinishedImports) await imports.FailInterruptedAsync(cancellationToken).ConfigureAwait(false);
        var created = state.HasUsers ? null : await accounts.CreateFirstAdministratorAsync(adminPassword, cancellationToken).ConfigureAwait(false);
        return (created, state);
    }
}
