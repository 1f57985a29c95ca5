import net from 'node:net';

export interface FaultProxy {
  /** The port to connect to instead of the server's. */
  port: number;
  /**
   * The next COMMIT any connection sends goes through to the server, and the connection is cut
   * when the server answers that it committed: the client never hears so. Resolves once cut.
   */
  dropAfterNextCommit(): Promise<void>;
  close(): Promise<void>;
}

/** The server's CommandComplete for a COMMIT: 'C', its length (4 + 7), 'COMMIT\0'. */
const COMMITTED = Buffer.from('C\x00\x00\x00\x0bCOMMIT\x00', 'latin1');

/**
 * A TCP proxy in front of a PostgreSQL server that can break a connection at the worst moment:
 * after the server has committed and before the client reads that it did. What a network fault or a
 * server crash right after COMMIT does, made deterministic.
 */
export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  let armed: (() => void) | null = null;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => {
      if (armed && chunk.includes(COMMITTED)) {
        const done = armed;
        armed = null;
        client.destroy();
        upstream.destroy();
        return done();
      }
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    dropAfterNextCommit: () => new Promise<void>((resolve) => (armed = resolve)),
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
