/**
 * How the project's scripts start another TypeScript script: Node itself with tsx's loader. The `tsx`
 * command would start a second Node process that only waits for the first (about 50 MiB each, and the
 * build runs several at once), so every script is one process.
 */
export function tsScript(file: string, args: readonly string[] = []): { command: string; args: string[] } {
  return { command: process.execPath, args: ["--import", "tsx", file, ...args] };
}
