using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace IngenAMiste.Cli.Hosting;

/// <summary>
/// Azurite, the local Azure Storage emulator, started on free loopback ports with in-memory persistence and
/// telemetry off, and stopped on dispose. Used by the CLI when no storage is configured, and by the tests.
/// The version is pinned by <c>tests/azurite/package-lock.json</c>, which is also embedded in this assembly:
/// where the repository's copy is not installed, it is installed once into the user's cache with <c>npm ci</c>.
/// </summary>
public sealed class EmbeddedAzurite : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account (public, documented by Microsoft; not a secret).</summary>
    private const string DevAccount = "devstoreaccount1";
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly StringBuilder _output;

    private EmbeddedAzurite(Process process, StringBuilder output, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        _output = output;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={DevAccount};AccountKey={DevKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{DevAccount};QueueEndpoint=http://127.0.0.1:{QueuePort}/{DevAccount};TableEndpoint=http://127.0.0.1:{TablePort}/{DevAccount};";

    /// <summary>What Azurite printed so far (for diagnosing a failed start).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<EmbeddedAzurite> StartAsync(Action<string>? status = null, CancellationToken cancellationToken = default)
    {
        var script = await LocateOrInstallAsync(status, cancellationToken);
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var argument in new[]
                 {
                     script, "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
                     "--blobHost", "127.0.0.1", "--blobPort", blob.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--queueHost", "127.0.0.1", "--queuePort", queue.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--tableHost", "127.0.0.1", "--tablePort", table.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var azurite = new EmbeddedAzurite(process, output, blob, queue, table);
        try
        {
            await azurite.WaitUntilListeningAsync(TimeSpan.FromSeconds(60), cancellationToken);
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }

        return azurite;
    }

    private async Task WaitUntilListeningAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (true)
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before it was ready:\n{Output}");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                    break;
                }
                catch (SocketException) when (deadline.Elapsed < limit)
                {
                    await Task.Delay(100, cancellationToken);
                }
                catch (SocketException e)
                {
                    throw new TimeoutException($"Azurite did not listen on port {port} within {limit.TotalSeconds:0} s:\n{Output}", e);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (TimeoutException)
        {
            // It was told to die; nothing more to do.
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            if (output.Length < 100_000)
            {
                output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private const string ScriptInPackage = "node_modules/azurite/dist/src/azurite.js";

    /// <summary>
    /// Finds Azurite: <c>INGEN_AZURITE_DIR</c>, then <c>tests/azurite</c> in a checkout above the working folder or the
    /// program, then the user's cache, where it is installed from the embedded lock file if missing.
    /// </summary>
    private static async Task<string> LocateOrInstallAsync(Action<string>? status, CancellationToken cancellationToken)
    {
        var configured = Environment.GetEnvironmentVariable("INGEN_AZURITE_DIR");
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(Path.Combine(configured, ScriptInPackage)))
        {
            return Path.Combine(configured, ScriptInPackage);
        }

        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "azurite", ScriptInPackage);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        var lockJson = ReadResource("package-lock.json");
        var version = System.Text.Json.JsonDocument.Parse(lockJson).RootElement
            .GetProperty("packages").GetProperty("node_modules/azurite").GetProperty("version").GetString();
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrWhiteSpace(cache))
        {
            cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        }

        var home = Path.Combine(cache, "ingenamiste", "azurite-" + version);
        var script = Path.Combine(home, ScriptInPackage);
        if (File.Exists(script))
        {
            return script;
        }

        status?.Invoke($"Installerer Azurite {version} (lokal lagringsemulator) i {home} med npm ci …");
        // Install beside the final folder and move it into place, so a concurrent run never sees half an install.
        var staging = home + ".installing-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(staging);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(staging, "package.json"), ReadResource("package.json"), cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(staging, "package-lock.json"), lockJson, cancellationToken);
            var npm = new ProcessStartInfo("npm") { WorkingDirectory = staging, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
            {
                npm.ArgumentList.Add(argument);
            }

            using var install = Process.Start(npm) ?? throw new InvalidOperationException("Could not start npm to install Azurite. Install Node.js and npm, or set ReportStorage.");
            var stderr = install.StandardError.ReadToEndAsync(cancellationToken);
            await install.StandardOutput.ReadToEndAsync(cancellationToken);
            await install.WaitForExitAsync(cancellationToken);
            if (install.ExitCode != 0 || !File.Exists(Path.Combine(staging, ScriptInPackage)))
            {
                throw new InvalidOperationException($"npm ci for Azurite failed (exit {install.ExitCode}): {await stderr}");
            }

            try
            {
                if (Directory.Exists(home) && !File.Exists(script))
                {
                    Directory.Delete(home, recursive: true); // a broken install from an older version of this code
                }

                Directory.Move(staging, home);
            }
            catch (IOException) when (File.Exists(script))
            {
                // Another run finished first; its install is as good as ours.
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return script;
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("azurite/" + name)
            ?? throw new InvalidOperationException($"Embedded resource azurite/{name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
