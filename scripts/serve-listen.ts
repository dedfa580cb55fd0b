/**
 * How `npm run serve` and `npm start` take their port: a bad PORT, a port in use or one the user may
 * not open ends the process with exit code 1 and one plain line saying what and how to fix it, never a
 * stack trace and never a success message.
 */
import type { RequestListener } from "node:http";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createNetServer } from "node:net";

export const DEFAULT_PORT = 3000;

export function exitWith(line: string): never {
  console.error(line);
  process.exit(1);
}

/** PORT as a number from 1 to 65535, or the default when unset. */
export function parsePort(value: string | undefined, label: string): number {
  if (value === undefined || value === "") return DEFAULT_PORT;
  const port = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    exitWith(
      `${label}: PORT "${value}" is not a port number; set PORT to a whole number from 1 to 65535, e.g. PORT=3000`,
    );
  return port;
}

function listenError(error: NodeJS.ErrnoException, port: number, label: string): string {
  if (error.code === "EADDRINUSE")
    return `${label}: port ${port} is already in use; stop the program using it or choose another port, e.g. PORT=${port === 65535 ? port - 1 : port + 1}`;
  if (error.code === "EACCES")
    return `${label}: no permission to listen on port ${port}; choose a port above 1023, e.g. PORT=${DEFAULT_PORT}`;
  return `${label}: cannot listen on port ${port} (${error.code ?? error.message}); choose another port with PORT`;
}

/** Resolves when `port` could be opened (and closed again); exits with one line when it cannot. */
export function assertPortFree(port: number, label: string): Promise<void> {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.once("error", (error: NodeJS.ErrnoException) => exitWith(listenError(error, port, label)));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** Listens on `port`; prints `ready` only once the port is really open, and exits 1 with one line if not. */
export function listenOrExit(app: RequestListener, port: number, label: string, ready: () => void): Server {
  const server = createHttpServer(app);
  server.once("error", (error: NodeJS.ErrnoException) => exitWith(listenError(error, port, label)));
  server.listen(port, ready);
  return server;
}
