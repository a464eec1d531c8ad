import { sep } from "node:path";

/** A program's failure as people need to see it: what happened, and where in their code. */
export interface ProgramFailure {
  readonly message: string;
  /** Stack frames in the program's own files, innermost first. */
  readonly frames: readonly string[];
}

function isProgramFrame(line: string, programDir: string): boolean {
  return (
    line.trimStart().startsWith("at ") &&
    line.includes(programDir) &&
    !line.includes(`${sep}node_modules${sep}`)
  );
}

/**
 * Describes an error thrown by a program: the message without Node's "Require stack" appendix,
 * a hint for a package that is not installed, and only the frames in the program's files (the
 * SDK's and the runner's frames say nothing about what to fix).
 */
export function describeProgramFailure(error: unknown, programDir: string): ProgramFailure {
  if (!(error instanceof Error)) return { message: String(error), frames: [] };
  const code = (error as NodeJS.ErrnoException).code;
  let message = error.message.split("\nRequire stack:")[0] ?? error.message;
  if (code === "MODULE_NOT_FOUND")
    message += `; is it installed? Run npm install in ${programDir}.`;
  const frames =
    error instanceof SyntaxError
      ? []
      : (error.stack ?? "").split("\n").filter((l) => isProgramFrame(l, programDir));
  return { message, frames: frames.map((l) => `    ${l.trim()}`) };
}
