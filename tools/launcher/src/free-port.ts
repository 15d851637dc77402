import net from 'node:net';

/** The first port from `preferred` up that nothing listens on. */
export async function freePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 200; port += 1) {
    if (await isFree(port)) return port;
  }
  throw new Error(`No free port found from ${preferred}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
