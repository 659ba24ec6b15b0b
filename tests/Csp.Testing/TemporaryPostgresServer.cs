using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Csp.Testing;

/// <summary>
/// A real PostgreSQL server (Debian's postgresql package) started for tests and benchmarks in a temporary folder, listening on
/// 127.0.0.1 only, and stopped at the end. Each test gets a database of its own from <see cref="CreateDatabaseAsync"/>.
/// </summary>
/// <remarks>When run as root (CI), the server runs as the 'postgres' user, because initdb refuses to run as root.</remarks>
public sealed class TemporaryPostgresServer : IAsyncDisposable
{
    private string _directory = "";
    private string _bin = "";
    private bool _asPostgresUser;
    private bool _killed;

    public int Port { get; private set; }

    /// <summary>The server's max_connections (default 50); a soak of the web app with its own pool and imports beside it wants more.</summary>
    public int MaxConnections { get; init; } = 50;

    public async Task StartAsync()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault() ?? ""
            : "";
        if (_bin.Length == 0)
        {
            throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). Install Debian's postgresql package (./test does this).");
        }
        _asPostgresUser = Environment.UserName == "root";
        _directory = Path.Combine(Path.GetTempPath(), $"csp-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..30]);
        Directory.CreateDirectory(_directory);
        if (_asPostgresUser) await RunAsync("chown", ["postgres:postgres", _directory], asPostgres: false);
        var data = Path.Combine(_directory, "data");
        await RunAsync(Path.Combine(_bin, "initdb"), ["-D", data, "-U", "csp", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], _asPostgresUser);
        Port = FreePort();
        var options = $"-c listen_addresses=127.0.0.1 -p {Port} -k {_directory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections={MaxConnections}";
        await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "60", "start"], _asPostgresUser);
    }

    /// <summary>
    /// CPU time the server has used so far (the postmaster, its live processes and those it has reaped), read from
    /// /proc; null where there is no /proc. Benchmarks take differences of it: on a shared machine CPU time says more
    /// than elapsed time about what the server had to do.
    /// </summary>
    public TimeSpan? CpuTime()
    {
        if (!OperatingSystem.IsLinux() || Port == 0) return null;
        var pidFile = Path.Combine(_directory, "data", "postmaster.pid");
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).First(), out var postmaster)) return null;
        long ticks = 0;
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), out var pid)) continue;
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(process, "stat"));
            }
            catch (IOException)
            {
                continue; // the process ended
            }
            // After the command name in parentheses: state, ppid, ..., utime (14th field), stime, cutime, cstime.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
            if (pid != postmaster && parent != postmaster) continue;
            var own = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            var reaped = pid == postmaster ? long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture) : 0;
            ticks += own + reaped;
        }
        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }

    /// <summary>
    /// kill -9 of the server: the postmaster and every process it started, at once, as a crash or an OOM kill would leave it.
    /// <see cref="RestartAsync"/> starts it again on the same data (crash recovery replays its write-ahead log).
    /// </summary>
    public async Task KillAsync()
    {
        _killed = true;
        var pidFile = Path.Combine(_directory, "data", "postmaster.pid");
        if (!File.Exists(pidFile)) return;
        var postmaster = int.Parse(File.ReadLines(pidFile).First(), CultureInfo.InvariantCulture);
        var victims = new List<int> { postmaster };
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), out var pid)) continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(process, "stat"));
                if (int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture) == postmaster) victims.Add(pid);
            }
            catch (IOException)
            {
            }
        }
        foreach (var pid in victims) await RunAsync("kill", ["-9", pid.ToString(CultureInfo.InvariantCulture)], asPostgres: false).ContinueWith(_ => { }, TaskScheduler.Default);
        // Wait until every one of them has gone: a new postmaster refuses shared memory still attached by an old backend.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (victims.Any(pid => Directory.Exists($"/proc/{pid}") && !File.ReadAllText($"/proc/{pid}/stat").Contains(") Z ", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        // A killed postmaster whose parent does not reap it (PID 1 of a container may not) stays a zombie, and a new server
        // takes its pid in postmaster.pid for a live server: the file is stale once every process of the server is dead.
        // The same for the socket's lock file.
        File.Delete(pidFile);
        File.Delete(Path.Combine(_directory, $".s.PGSQL.{Port}.lock"));
        File.Delete(Path.Combine(_directory, $".s.PGSQL.{Port}"));
    }

    /// <summary>Starts the server again on its data folder after <see cref="KillAsync"/>.</summary>
    public async Task RestartAsync()
    {
        var data = Path.Combine(_directory, "data");
        var log = Path.Combine(_directory, "server.log");
        var options = $"-c listen_addresses=127.0.0.1 -p {Port} -k {_directory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections={MaxConnections}";
        try
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", data, "-o", options, "-l", log, "-w", "-t", "60", "start"], _asPostgresUser);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException(e.Message + " Server log: " + string.Join("\n", File.ReadLines(log).TakeLast(15)), e);
        }
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "csp", Database = database, Pooling = false }.ConnectionString;

    /// <summary>A new empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        if (Port != 0)
        {
            try
            {
                await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"], _asPostgresUser);
            }
            catch (InvalidOperationException) when (_killed)
            {
                await KillAsync(); // killed and not restarted, or restarted part way: make sure nothing of it is left
            }
        }
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, string[] arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = "/tmp",
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(a);
        }
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }
}
