using System.Collections.Concurrent;
using Csp.Storage.Loaders;
using Csp.Workbench.Imports;

namespace Csp.Web.Imports;

/// <summary>The progress of running imports, in memory, for the page that polls it (the database keeps the outcome).</summary>
public sealed class ImportBoard
{
    private readonly ConcurrentDictionary<long, Entry> _running = new();

    public void Start(long id, IReadOnlyList<long> fileSizes) => _running[id] = new Entry(fileSizes);

    public void Report(long id, int fileIndex, ImportProgress progress)
    {
        if (_running.TryGetValue(id, out var entry)) entry.Set(fileIndex, progress.File, progress.Position);
    }

    public void FileDone(long id, int fileIndex, string file)
    {
        if (_running.TryGetValue(id, out var entry)) entry.Done(fileIndex, file);
    }

    public void Finish(long id) => _running.TryRemove(id, out _);

    public ImportProgressView? Progress(long id) => _running.TryGetValue(id, out var entry) ? entry.View() : null;

    private sealed class Entry(IReadOnlyList<long> sizes)
    {
        private readonly Lock _gate = new();
        private int _filesDone;
        private long _position;
        private string? _file;

        public void Set(int index, string file, long position)
        {
            lock (_gate)
            {
                _filesDone = index;
                _file = file;
                _position = Math.Min(position, index < sizes.Count ? sizes[index] : position);
            }
        }

        public void Done(int index, string file)
        {
            lock (_gate)
            {
                _filesDone = index + 1;
                _file = file;
                _position = 0;
            }
        }

        public ImportProgressView View()
        {
            lock (_gate)
            {
                var total = Math.Max(sizes.Sum(), 1);
                var done = sizes.Take(_filesDone).Sum() + _position;
                return new ImportProgressView(_file, _filesDone, sizes.Count, done, total, (int)Math.Clamp(100 * done / total, 0, 100));
            }
        }
    }
}
