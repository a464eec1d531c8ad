import { constants } from "node:os";
import type { Writable } from "node:stream";
import { killRunningChildren, stopRunningChildren } from "../lifecycle/running-children.js";

/**
 * What `aigov` does when interrupted (Ctrl-C, SIGINT) or terminated (SIGTERM, as a CI runner
 * cancelling a job sends; SIGHUP, a closed terminal): it stops the children it started (a policy
 * pack runs in a process group of its own, so no signal of ours reaches it otherwise), then exits
 * with the status a shell gives a process a signal ended, 128 plus its number: 130 for SIGINT,
 * 143 for SIGTERM. A second signal while stopping kills them and exits at once.
 *
 * Files are safe: `aigov fix --write` and `--output` write synchronously (temporary files, then
 * renames), and a handler runs only when the event loop comes to it, never inside synchronous
 * code: a signal that arrives while files are written is handled once they all are. Without a
 * handler, Node would die at the signal, between two renames perhaps, and leave a fix half-applied.
 */

const handled = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/** Installs the handlers; for the `aigov` command only, never in a library or a test process. */
export function exitOnInterruption(stderr: Writable): void {
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    const status = 128 + constants.signals[signal];
    if (interrupted) {
      killRunningChildren();
      process.exit(status);
    }
    interrupted = true;
    stderr.write(`aigov: stopped by ${signal}.\n`);
    void stopRunningChildren().then(() => process.exit(status));
  };
  for (const signal of handled) process.on(signal, onSignal);
}
