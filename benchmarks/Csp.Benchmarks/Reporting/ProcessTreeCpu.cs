using System.Diagnostics;
using System.Globalization;

namespace Csp.Benchmarks.Reporting;

/// <summary>
/// CPU seconds used by a process and its descendants (user and system, including children they have reaped), read from
/// /proc. On a shared machine the wall-clock time of a browser task says as much about the neighbours as about the task;
/// its CPU time does not, and on an idle two-core machine the task cannot take less than half of it.
/// </summary>
internal static class ProcessTreeCpu
{
    private const double TicksPerSecond = 100; // USER_HZ: getconf CLK_TCK is 100 on Linux

    public static double Seconds(int root)
    {
        var stats = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // The command name (field 2) is in parentheses and may hold spaces: fields are counted after its ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                    + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
                stats[pid] = (parent, ticks);
            }
            catch (IOException)
            {
            }
        }
        long total = 0;
        var pending = new Stack<int>([root]);
        while (pending.Count > 0)
        {
            var pid = pending.Pop();
            if (!stats.TryGetValue(pid, out var own)) continue;
            total += own.Ticks;
            foreach (var (child, stat) in stats)
            {
                if (stat.Parent == pid) pending.Push(child);
            }
        }
        return total / TicksPerSecond;
    }

    public static double Own() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
}
