import type { ChildProcess } from "node:child_process";
import { killChild, stopChild, type StopSignal } from "./stop-child.js";

/**
 * The child processes aigov has started and that are still running: policy packs and program
 * hosts. A policy pack runs in a process group of its own (as the engine starts one), so neither
 * a Ctrl-C at the terminal nor a signal to aigov reaches it, and nothing else would stop it if
 * aigov ended without doing so. Each child is added when spawned and leaves when it exits.
 */
const running = new Map<ChildProcess, StopSignal>();

/** Remembers a child just spawned, until it exits, so an interruption can stop it. */
export function trackChild(child: ChildProcess, how: StopSignal): void {
  running.set(child, how);
  child.once("exit", () => {
    running.delete(child);
  });
}

/** Stops every child still running; resolves once all have exited. */
export async function stopRunningChildren(): Promise<void> {
  await Promise.all([...running].map(([child, how]) => stopChild(child, how)));
}

/** Kills every child still running, without waiting. */
export function killRunningChildren(): void {
  for (const [child, how] of running) killChild(child, how);
}
