import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { ProgramError } from "./runner-error.js";

/** What the runner needs from `Pulumi.yaml`. */
export interface PulumiProject {
  readonly directory: string;
  readonly name: string;
  /** Pulumi.yaml `main`, resolved against the project directory, if set. */
  readonly main?: string | undefined;
  /** Project-level config: defaults for keys the stack file does not set. */
  readonly config: Readonly<Record<string, unknown>>;
}

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, "utf8")) as unknown;
  } catch (error) {
    throw new ProgramError(`${file}: not valid YAML: ${(error as Error).message}`);
  }
}

/** Reads `Pulumi.yaml` (or `Pulumi.yml`) from a program directory. */
export function readPulumiProject(directory: string): PulumiProject {
  const dir = resolve(directory);
  if (!existsSync(dir)) throw new ProgramError(`${directory}: no such directory.`);
  if (!statSync(dir).isDirectory()) {
    throw new ProgramError(`${directory}: expected a Pulumi project directory, got a file.`);
  }
  const file = ["Pulumi.yaml", "Pulumi.yml"].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!file)
    throw new ProgramError(`${directory}: expected a Pulumi project, found no Pulumi.yaml.`);
  const project = readYaml(file) as Record<string, unknown> | null;
  const name = project?.name;
  if (typeof name !== "string" || name === "") {
    throw new ProgramError(
      `${file}: name: expected the project name, got ${JSON.stringify(name)}.`,
    );
  }
  const runtime = project?.runtime;
  const runtimeName =
    typeof runtime === "object" && runtime !== null
      ? (runtime as { name?: unknown }).name
      : runtime;
  if (runtimeName !== "nodejs") {
    throw new ProgramError(
      `${file}: runtime: expected nodejs, got ${JSON.stringify(runtimeName)}.`,
    );
  }
  // Node reports source positions with symlinks resolved; so must the program's directory be.
  const realDirectory = realpathSync(dir);
  const main = typeof project?.main === "string" ? resolve(realDirectory, project.main) : undefined;
  const config =
    typeof project?.config === "object" && project.config !== null ? project.config : {};
  return { directory: realDirectory, name, main, config: config as Record<string, unknown> };
}

/** The stacks with a `Pulumi.<stack>.yaml` (or `.yml`) in the program directory, sorted. */
export function stackFiles(project: PulumiProject): string[] {
  const names = readdirSync(project.directory)
    .map((f) => /^Pulumi\.(.+)\.ya?ml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice !== undefined) {
    throw new ProgramError(
      `${project.directory}: both Pulumi.${twice}.yaml and Pulumi.${twice}.yml exist; keep one.`,
    );
  }
  return names;
}

/**
 * The stack's own name in what `--stack` says: `stack`, `org/stack` or `org/project/stack`, as
 * `pulumi stack select` takes them. A project part must name this project.
 */
function stackNameOf(project: PulumiProject, asked: string): string {
  const parts = asked.split("/");
  if (parts.length > 3 || parts.some((part) => part === "")) {
    throw new ProgramError(
      `${project.directory}: --stack ${JSON.stringify(asked)}: ` +
        "expected stack, org/stack or org/project/stack.",
    );
  }
  if (parts.length === 3 && parts[1] !== project.name) {
    throw new ProgramError(
      `${project.directory}: --stack ${asked} names project ${JSON.stringify(parts[1])}, ` +
        `not ${JSON.stringify(project.name)}.`,
    );
  }
  return parts[parts.length - 1] as string;
}

/**
 * Picks the stack: the one named, or the only `Pulumi.<stack>.yaml` present (`dev` when there is
 * none: a program without stack config). A named stack must have its file when others do, so a
 * typo is an error rather than a run without config.
 */
export function selectStack(project: PulumiProject, asked: string | undefined): string {
  const stacks = stackFiles(project);
  const requested = asked === undefined ? undefined : stackNameOf(project, asked);
  if (requested !== undefined) {
    if (stacks.length > 0 && !stacks.includes(requested)) {
      throw new ProgramError(
        `${project.directory}: no Pulumi.${requested}.yaml; ` +
          `the stacks here are ${stacks.join(", ")}.`,
      );
    }
    return requested;
  }
  if (stacks.length === 1) return stacks[0] as string;
  if (stacks.length === 0) return "dev";
  throw new ProgramError(
    `${project.directory}: found stack files for ${stacks.join(", ")}; choose one with --stack.`,
  );
}

export function readStackFile(project: PulumiProject, stack: string): Record<string, unknown> {
  const file = ["yaml", "yml"]
    .map((ext) => join(project.directory, `Pulumi.${stack}.${ext}`))
    .find((f) => existsSync(f));
  if (!file) return {};
  const content = readYaml(file) as { config?: unknown } | null;
  const config = content?.config;
  if (config === undefined || config === null) return {};
  if (typeof config !== "object" || Array.isArray(config)) {
    throw new ProgramError(`${file}: config: expected a map of config keys, got ${typeof config}.`);
  }
  return config as Record<string, unknown>;
}
