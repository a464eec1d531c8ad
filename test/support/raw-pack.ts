import { spawn, type ChildProcess } from "node:child_process";
import type { PolicyPackProcess } from "../../src/engine/start-policy-pack";
import { packDir } from "./pack-session";
import { testStack } from "./resources";

/** A policy pack process whose every byte of output is kept, for tests of what it prints. */
export interface RawPack extends PolicyPackProcess {
  /** Everything written to stdout so far, the port line included. */
  stdout(): string;
  stderr(): string;
}

function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const kill = setTimeout(() => {
      process.kill(-pid, "SIGKILL");
    }, 5_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    process.kill(-pid, "SIGINT");
  });
}

/**
 * Spawns the pack the way the engine (and src/engine/start-policy-pack.ts) does, `node
 * run-policy-pack <engine> <packDir>` in its own process group, and resolves once the first
 * stdout line has arrived, keeping all output instead of parsing it.
 */
export function spawnRawPack(): Promise<RawPack> {
  const runPolicyPack = require.resolve("@pulumi/pulumi/cmd/run-policy-pack", {
    paths: [packDir],
  });
  const child = spawn(process.execPath, [runPolicyPack, "127.0.0.1:0", packDir], {
    cwd: packDir,
    env: {
      ...process.env,
      PULUMI_NODEJS_ORGANIZATION: testStack.organization,
      PULUMI_NODEJS_PROJECT: testStack.project,
      PULUMI_NODEJS_STACK: testStack.stack,
      PULUMI_NODEJS_DRY_RUN: String(testStack.dryRun),
      PULUMI_CONFIG: JSON.stringify(testStack.config),
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));

  return new Promise((resolve, reject) => {
    child.once("exit", (code, signal) => {
      reject(
        new Error(`the pack exited before its port line (${String(signal ?? code)}): ${stderr}`),
      );
    });
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      const before = stdout;
      stdout += chunk;
      if (before.includes("\n") || !stdout.includes("\n")) return;
      resolve({
        port: Number(stdout.slice(0, stdout.indexOf("\n"))),
        logs: [],
        stop: () => stopGroup(child),
        stdout: () => stdout,
        stderr: () => stderr,
      });
    });
  });
}
