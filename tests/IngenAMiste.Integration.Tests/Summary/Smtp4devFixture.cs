using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Serialization;

namespace IngenAMiste.Integration.Tests.Summary;

/// <summary>
/// A real SMTP server for the tests: smtp4dev, the version pinned in <c>.config/dotnet-tools.json</c>, run with
/// <c>dotnet tool run smtp4dev</c> from the repository root on free loopback ports, with an in-memory database, no
/// IMAP or POP3, and HTML sanitisation off (so the tests see the HTML exactly as sent). Stopped on dispose. What
/// arrived is read through its REST API.
/// </summary>
public sealed class Smtp4devFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);
    private readonly StringBuilder _output = new();
    private Process? _process;
    private string? _dataDirectory;

    public int SmtpPort { get; private set; }

    public int WebPort { get; private set; }

    public HttpClient Api { get; private set; } = null!;

    /// <summary>What smtp4dev printed (for diagnosing a failed start).</summary>
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

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot.Find();
        _dataDirectory = Directory.CreateTempSubdirectory("smtp4dev-test-").FullName;
        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            SmtpPort = FreePort();
            WebPort = FreePort();
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = root,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[]
                     {
                         "tool", "run", "smtp4dev", "--",
                         $"--smtpport={SmtpPort}", $"--urls=http://127.0.0.1:{WebPort}", "--bindaddress=127.0.0.1", "--hostname=localhost",
                         "--db=", "--imapport=", "--pop3port=", "--tlsmode=None", "--nousersettings", $"--baseappdatapath={_dataDirectory}",
                         "--disablemessagesanitisation", "--messagestokeep=1000", "--sessionstokeep=100",
                     })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start 'dotnet tool run smtp4dev'.");
            _process.OutputDataReceived += (_, e) => Append(e.Data);
            _process.ErrorDataReceived += (_, e) => Append(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/"), Timeout = TimeSpan.FromSeconds(30) };
            try
            {
                await WaitUntilReadyAsync();
                return;
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
                last = e;
                await StopAsync();
            }
        }

        throw new InvalidOperationException("smtp4dev did not start (is 'dotnet tool restore' done?).", last);
    }

    /// <summary>Messages received, newest first.</summary>
    public async Task<IReadOnlyList<ReceivedMessage>> MessagesAsync()
    {
        var page = await Api.GetFromJsonAsync<MessagePage>("api/messages?pageSize=1000");
        return page?.Results ?? [];
    }

    /// <summary>The messages addressed to <paramref name="address"/>.</summary>
    public async Task<IReadOnlyList<ReceivedMessage>> MessagesToAsync(string address) =>
        (await MessagesAsync()).Where(m => m.To.Any(t => string.Equals(t, address, StringComparison.OrdinalIgnoreCase))).OrderBy(m => m.ReceivedDate).ToArray();

    /// <summary>
    /// Waits until at least <paramref name="count"/> messages to <paramref name="address"/> have arrived, then a moment
    /// longer so that one too many would show, and returns them all (oldest first).
    /// </summary>
    public async Task<IReadOnlyList<ReceivedMessage>> WaitForMessagesToAsync(string address, int count, TimeSpan? settle = null)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20) && (await MessagesToAsync(address)).Count < count)
        {
            await Task.Delay(100);
        }

        await Task.Delay(settle ?? TimeSpan.FromMilliseconds(750));
        return await MessagesToAsync(address);
    }

    public Task<string> HtmlAsync(string id) => Api.GetStringAsync($"api/messages/{id}/html");

    public Task<string> PlainTextAsync(string id) => Api.GetStringAsync($"api/messages/{id}/plaintext");

    /// <summary>The message as it came over SMTP (headers and MIME parts).</summary>
    public Task<string> RawAsync(string id) => Api.GetStringAsync($"api/messages/{id}/raw");

    public async Task DisposeAsync()
    {
        await StopAsync();
        if (_dataDirectory is not null && Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"smtp4dev exited with code {_process.ExitCode} before it was ready:\n{Output}");
            }

            if (deadline.Elapsed > StartLimit)
            {
                throw new TimeoutException($"smtp4dev was not ready within {StartLimit.TotalSeconds:0} s:\n{Output}");
            }

            try
            {
                using var smtp = new TcpClient();
                await smtp.ConnectAsync(IPAddress.Loopback, SmtpPort);
                using var response = await Api.GetAsync("api/messages?pageSize=1");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is SocketException or HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }
    }

    private async Task StopAsync()
    {
        Api?.Dispose();
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // Gone already, or told to die.
        }

        _process.Dispose();
        _process = null;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 100_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record MessagePage([property: JsonPropertyName("results")] IReadOnlyList<ReceivedMessage> Results);
}

/// <summary>One message as smtp4dev lists it.</summary>
public sealed record ReceivedMessage(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("from")] string From,
    [property: JsonPropertyName("to")] IReadOnlyList<string> To,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("receivedDate")] DateTimeOffset ReceivedDate);

/// <summary>The repository's root: the folder above the test assembly that holds <c>IngenAMiste.sln</c>.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IngenAMiste.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No IngenAMiste.sln above {AppContext.BaseDirectory}.");
    }
}
