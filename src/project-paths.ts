import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The checkout or installed package this code belongs to, found by walking up from this file,
 * which sits in src/ under jest and in dist/ when built.
 */
function findProjectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "policypack"))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`Cannot find the pulumi-ai-governance root above ${__dirname}.`);
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot();

/** The bundled policy pack the CLI runs unless told otherwise. */
export const defaultPackDir = join(projectRoot, "policypack");

/** A compiled file under dist/, for code that must run in a child process. */
export function builtFile(relative: string): string {
  const file = join(projectRoot, "dist", relative);
  if (!existsSync(file)) throw new Error(`${file} is missing; run npm run build.`);
  return file;
}

/** This package's version, from its package.json. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as {
    version: string;
  };
  return manifest.version;
}
