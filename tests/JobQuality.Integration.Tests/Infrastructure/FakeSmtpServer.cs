using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace JobQuality.Integration.Tests.Infrastructure;

/// <summary>
/// A mail server that accepts every message (plain SMTP, no TLS, no sign-in) and keeps it, so tests can read what the
/// app sent. Just enough of RFC 5321 for MailKit: greeting, EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public FakeSmtpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Each message as received: recipients, then the raw message (headers and body).</summary>
    public ConcurrentQueue<(IReadOnlyList<string> To, string Data)> Messages { get; } = new();

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 fake.smtp.test ESMTP ready");
        var to = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (command)
            {
                case "EHLO":
                case "HELO":
                    await writer.WriteLineAsync("250-fake.smtp.test");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "MAIL":
                    to.Clear();
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    to.Add(line[(line.IndexOf(':') + 1)..].Trim().Trim('<', '>'));
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                    {
                        data.AppendLine(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine);
                    }
                    Messages.Enqueue((to.ToList(), data.ToString()));
                    await writer.WriteLineAsync("250 OK: queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
