import { fork } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { RegisteredResource, StackContext } from "../engine/registered-resource.js";
import { trackChild } from "../lifecycle/running-children.js";
import { builtFile } from "../project-paths.js";
import type { HostReply, HostRequest } from "./host-protocol.js";
import {
  readPulumiProject,
  readStackFile,
  selectStack,
  type PulumiProject,
} from "./pulumi-project.js";
import { ProgramError } from "./runner-error.js";
import { buildStackConfig } from "./stack-config.js";

export interface ProgramRunOptions {
  readonly stack?: string | undefined;
  readonly organization?: string | undefined;
  /** Preview (the default) leaves provider-computed outputs unknown, as `pulumi preview` does. */
  readonly dryRun?: boolean | undefined;
  readonly timeoutMs?: number | undefined;
}

export interface CapturedProgram {
  readonly project: PulumiProject;
  readonly stack: StackContext;
  readonly resources: readonly RegisteredResource[];
  /** What the program printed, which `pulumi preview` shows as diagnostics. */
  readonly output: readonly string[];
}

/** The entry the Node.js language host would run: Pulumi.yaml main, package.json, or the folder. */
function resolveEntry(project: PulumiProject): string {
  if (project.main) return project.main;
  const manifest = join(project.directory, "package.json");
  if (existsSync(manifest)) {
    let pkg: { exports?: unknown; main?: unknown };
    try {
      pkg = JSON.parse(readFileSync(manifest, "utf8")) as typeof pkg;
    } catch (error) {
      throw new ProgramError(`${manifest}: not valid JSON: ${(error as Error).message}`);
    }
    const exported =
      typeof pkg.exports === "object" && pkg.exports !== null
        ? (pkg.exports as Record<string, unknown>)["."]
        : pkg.exports;
    if (typeof exported === "string") return resolve(project.directory, exported);
    if (typeof pkg.main === "string") return resolve(project.directory, pkg.main);
  }
  return `${project.directory}/`;
}

function runHost(
  request: HostRequest,
  timeoutMs: number,
  onResource: (resource: RegisteredResource) => void,
): Promise<{ reply: HostReply; resources: RegisteredResource[]; output: string[] }> {
  const child = fork(builtFile("runner/program-host.js"), [], {
    cwd: request.programDir,
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    execArgv: [],
  });
  // It shares aigov's process group, so a Ctrl-C reaches it, but a signal sent to aigov alone
  // does not, and a program that never finishes would outlive aigov.
  trackChild(child, { signal: "SIGTERM", group: false });
  const output: string[] = [];
  const collect = (chunk: string) => output.push(...chunk.split("\n").filter((l) => l !== ""));
  child.stdout?.setEncoding("utf8").on("data", collect);
  child.stderr?.setEncoding("utf8").on("data", collect);
  return new Promise((resolvePromise, reject) => {
    let reply: HostReply | undefined;
    const resources: RegisteredResource[] = [];
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new ProgramError(
          `The program in ${request.programDir} did not finish within ${timeoutMs / 1000} s.`,
        ),
      );
    }, timeoutMs);
    child.on("message", (message: HostReply) => {
      if (message.kind !== "registered") {
        reply = message;
        return;
      }
      resources.push(message.resource);
      onResource(message.resource);
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new ProgramError(`Could not start the program host: ${error.message}`));
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (reply) resolvePromise({ reply, resources, output });
      else {
        const how = signal ?? `code ${String(code)}`;
        reject(
          new ProgramError(
            `The program in ${request.programDir} exited (${how}) before it finished.`,
            output.join("\n"),
          ),
        );
      }
    });
    child.send(request);
  });
}

/** A program ready to run: its project, the stack it runs as, and the entry to require. */
export interface LoadedProgram {
  readonly project: PulumiProject;
  readonly stack: StackContext;
  readonly entry: string;
  readonly timeoutMs: number;
}

/**
 * Reads a program's project and stack config without running it, so a policy pack can be started
 * for that stack while the program runs.
 */
export function loadProgram(programDir: string, options: ProgramRunOptions = {}): LoadedProgram {
  const project = readPulumiProject(programDir);
  const stackName = selectStack(project, options.stack);
  const config = buildStackConfig(project, readStackFile(project, stackName));
  const stack: StackContext = {
    organization: options.organization ?? "organization",
    project: project.name,
    stack: stackName,
    dryRun: options.dryRun ?? true,
    config: config.values,
    secretKeys: config.secretKeys,
    tags: {},
  };
  return { project, stack, entry: resolveEntry(project), timeoutMs: options.timeoutMs ?? 300_000 };
}

/**
 * Runs a loaded Pulumi TypeScript program under `@pulumi/pulumi`'s mocks in a child process and
 * returns every resource it registered, as the engine would record it. `onResource` hears of
 * each as it is registered (a provider before the resources that use it), while the program runs.
 *
 * @example
 * const { resources } = await captureProgram(loadProgram("examples/bedrock-agent"));
 */
export async function captureProgram(
  program: LoadedProgram,
  onResource: (resource: RegisteredResource) => void = () => undefined,
): Promise<CapturedProgram> {
  const { project, stack } = program;
  const request: HostRequest = { programDir: project.directory, entry: program.entry, stack };
  const { reply, resources, output } = await runHost(request, program.timeoutMs, onResource);
  if (reply.kind === "failed") {
    const { message, frames } = reply.failure;
    throw new ProgramError(
      `The program in ${project.directory} failed: ${message}`,
      frames.join("\n"),
    );
  }
  return { project, stack, resources, output };
}
