import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { trackChild } from "../lifecycle/running-children.js";
import { stopChild, type StopSignal } from "../lifecycle/stop-child.js";
import { EngineError } from "./engine-error.js";
import type { StackContext } from "./registered-resource.js";

/** A running policy pack process and the port its Analyzer server listens on. */
export interface PolicyPackProcess {
  readonly port: number;
  /** Lines the pack wrote after the port: the CLI shows these as info diagnostics. */
  readonly logs: string[];
  /** Stops the pack as the engine does: SIGINT to its process group, SIGKILL after a grace. */
  stop(): Promise<void>;
}

const startTimeoutMs = 120_000;

/** The engine stops a plugin with SIGINT to its process group, then SIGKILL after a grace. */
const packStop: StopSignal = { signal: "SIGINT", group: true };

/**
 * Finds `@pulumi/pulumi/cmd/run-policy-pack` from the pack's own directory, as the Node.js
 * language host does, so the pack runs on the SDK it installed.
 */
function locateRunPolicyPack(packDir: string): string {
  if (!existsSync(join(packDir, "PulumiPolicy.yaml"))) {
    throw new EngineError(
      `${packDir}: expected a policy pack directory, found no PulumiPolicy.yaml.`,
    );
  }
  try {
    return createRequire(join(packDir, "package.json")).resolve(
      "@pulumi/pulumi/cmd/run-policy-pack",
    );
  } catch {
    throw new EngineError(
      `It looks like the Pulumi SDK has not been installed in ${packDir}; run npm install there.`,
    );
  }
}

/** The environment the language host builds from `ConfigureStack` before spawning the pack. */
function packEnvironment(stack: StackContext): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PULUMI_NODEJS_ORGANIZATION: stack.organization,
    PULUMI_NODEJS_PROJECT: stack.project,
    PULUMI_NODEJS_STACK: stack.stack,
    PULUMI_NODEJS_DRY_RUN: String(stack.dryRun),
    PULUMI_CONFIG: JSON.stringify(stack.config),
  };
}

/**
 * Starts a policy pack the way the Pulumi CLI does: `node run-policy-pack <engine> <packDir>` with
 * the pack directory as working directory, reading the Analyzer port from the first stdout line.
 * Anything else on that line (a stray `console.log` while loading) is a start-up failure.
 *
 * @example
 * const pack = await startPolicyPack("policypack", stack);
 * // connect an AnalyzerClient to 127.0.0.1:pack.port, then: await pack.stop();
 */
export function startPolicyPack(packDir: string, stack: StackContext): Promise<PolicyPackProcess> {
  const runPolicyPack = locateRunPolicyPack(packDir);
  // Node packs never dial the engine address; the CLI passes its host server's, we pass a
  // placeholder that nothing listens on.
  const child = spawn(process.execPath, [runPolicyPack, "127.0.0.1:0", packDir], {
    cwd: packDir,
    env: packEnvironment(stack),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  // In a group of its own, the pack hears no signal aigov gets: an interruption must stop it.
  trackChild(child, packStop);
  const logs: string[] = [];
  let stdout = "";
  let stderr = "";
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stopChild(child, packStop);
      const detail = stderr.trim() === "" ? "" : `\n${stderr.trim()}`;
      reject(new EngineError(`The policy pack in ${packDir} failed to start: ${reason}${detail}`));
    };
    const timer = setTimeout(() => {
      fail(`no port after ${startTimeoutMs / 1000} s`);
    }, startTimeoutMs);
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      if (settled) logs.push(...chunk.split("\n").filter((line) => line !== ""));
      else stderr += chunk;
    });
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      if (settled) {
        logs.push(...chunk.split("\n").filter((line) => line !== ""));
        return;
      }
      stdout += chunk;
      const newline = stdout.indexOf("\n");
      if (newline < 0) return;
      const firstLine = stdout.slice(0, newline).trim();
      const port = /^\d+$/.test(firstLine) ? Number(firstLine) : NaN;
      if (!Number.isInteger(port) || port <= 0) {
        fail(`its first line of output should be a port number, got ${JSON.stringify(firstLine)}`);
        return;
      }
      settled = true;
      clearTimeout(timer);
      logs.push(
        ...stdout
          .slice(newline + 1)
          .split("\n")
          .filter((line) => line !== ""),
      );
      resolve({ port, logs, stop: () => stopChild(child, packStop) });
    });
    child.on("error", (error) => {
      fail(error.message);
    });
    child.on("exit", (code, signal) => {
      fail(`it exited (${signal ?? `code ${String(code)}`})`);
    });
  });
}
