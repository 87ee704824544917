using System.Net;
using System.Net.Sockets;

namespace StatusBot.Tests.Hosting;

/// <summary>
/// A loopback TCP forwarder in front of the database, so a test can take "the store" down and bring it back on
/// the same address without touching the server: <see cref="Refuse"/> drops every connection and refuses new
/// ones (what clients see when PostgreSQL stops), <see cref="Blackhole"/> accepts and never answers (a silent
/// network), <see cref="Forward"/> restores service.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<TcpClient> _open = [];
    private readonly string _targetHost;
    private readonly int _targetPort;
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();
    private bool _blackhole;

    private TcpProxy(string targetHost, int targetPort, int port)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        Port = port;
    }

    public int Port { get; }

    public static TcpProxy Start(string targetHost, int targetPort)
    {
        var proxy = new TcpProxy(targetHost, targetPort, EndToEnd.Playground.FreePort());
        proxy.Forward();
        return proxy;
    }

    public void Forward() => Listen(blackhole: false);

    public void Blackhole() => Listen(blackhole: true);

    public void Refuse()
    {
        lock (_gate)
        {
            _stop.Cancel();
            _listener?.Stop();
            _listener = null;
            foreach (var client in _open) client.Dispose();
            _open.Clear();
        }
    }

    private void Listen(bool blackhole)
    {
        Refuse();
        lock (_gate)
        {
            _blackhole = blackhole;
            _stop = new CancellationTokenSource();
            _listener = new TcpListener(IPAddress.Loopback, Port);
            _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Start();
            _ = AcceptAsync(_listener, _stop.Token);
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(ct);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            Track(client);
            if (!_blackhole) _ = PumpAsync(client, ct);
        }
    }

    private async Task PumpAsync(TcpClient client, CancellationToken ct)
    {
        var upstream = new TcpClient();
        Track(upstream);
        try
        {
            await upstream.ConnectAsync(_targetHost, _targetPort, ct);
            var down = client.GetStream();
            var up = upstream.GetStream();
            await Task.WhenAny(down.CopyToAsync(up, ct), up.CopyToAsync(down, ct));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // Either side went away, or the proxy was told to refuse: close both.
        }
        finally
        {
            client.Dispose();
            upstream.Dispose();
        }
    }

    private void Track(TcpClient client)
    {
        lock (_gate) _open.Add(client);
    }

    public ValueTask DisposeAsync()
    {
        Refuse();
        return ValueTask.CompletedTask;
    }
}
