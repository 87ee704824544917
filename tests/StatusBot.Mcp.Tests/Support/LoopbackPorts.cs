using System.Net;
using System.Net.Sockets;

namespace StatusBot.Mcp.Tests.Support;

/// <summary>A free port in 3980–3989, the range this project's MCP tests may use on the shared machine.</summary>
internal static class LoopbackPorts
{
    private const int First = 3980;
    private const int Count = 10;
    private static int _next;

    public static int Next()
    {
        for (var attempt = 0; attempt < Count; attempt++)
        {
            var port = First + (Interlocked.Increment(ref _next) - 1) % Count;
            try
            {
                using var probe = new TcpListener(IPAddress.Loopback, port);
                probe.Start();
                return port;
            }
            catch (SocketException)
            {
                // taken by another test or process: try the next one
            }
        }
        throw new InvalidOperationException("No free port in 3980–3989.");
    }
}
