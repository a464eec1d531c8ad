import type { Writable } from "node:stream";

/**
 * Where a command writes: machine output to `stdout`, everything for people to `stderr`, so
 * `aigov check --format json > report.json` captures only the report.
 */
export interface CommandIo {
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(io: CommandIo, stream: "stdout" | "stderr"): boolean {
  const noColor = io.env.NO_COLOR;
  return (noColor === undefined || noColor === "") && io[stream].isTTY === true;
}
