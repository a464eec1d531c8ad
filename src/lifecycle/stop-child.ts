import type { ChildProcess } from "node:child_process";

/** How a child of aigov is asked to stop. */
export interface StopSignal {
  /** The signal that asks it to stop; SIGKILL follows if it has not after a grace. */
  readonly signal: NodeJS.Signals;
  /**
   * Whether the child leads a process group of its own (spawned `detached`), so the signal goes
   * to the whole group and reaches anything it started too. A policy pack does, as the engine
   * starts one.
   */
  readonly group: boolean;
}

const stopGraceMs = 5_000;

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null || child.pid === undefined;
}

function send(child: ChildProcess, how: StopSignal, signal: NodeJS.Signals): void {
  try {
    if (how.group && child.pid !== undefined) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // Already gone.
  }
}

/**
 * Stops a child as the engine stops a plugin: the signal, then SIGKILL after a grace. Resolves
 * once it has exited, and so been reaped: nothing of it is left running.
 */
export function stopChild(child: ChildProcess, how: StopSignal): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => {
      send(child, how, "SIGKILL");
    }, stopGraceMs);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    send(child, how, how.signal);
  });
}

/** Kills a child at once, without waiting: for a second interruption, which will not wait. */
export function killChild(child: ChildProcess, how: StopSignal): void {
  if (!hasExited(child)) send(child, how, "SIGKILL");
}
