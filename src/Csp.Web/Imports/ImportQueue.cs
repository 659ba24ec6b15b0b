using System.Threading.Channels;

namespace Csp.Web.Imports;

/// <summary>
/// Uploads waiting for the import worker. One worker takes them in order: imports into one database are serialised anyway
/// (SQLite has one writer; the PostgreSQL importer takes an advisory lock), and the request that uploaded returns at once.
/// </summary>
public sealed class ImportQueue
{
    private readonly Channel<ImportJob> _channel = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<ImportJob> Reader => _channel.Reader;

    public ValueTask EnqueueAsync(ImportJob job, CancellationToken cancellationToken) => _channel.Writer.WriteAsync(job, cancellationToken);
}
