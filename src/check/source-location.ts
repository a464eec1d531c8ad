import { relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { RegisteredResource, SourcePosition } from "../engine/registered-resource.js";
import type { SourceLocation } from "./check-result.js";

function toProgramPath(position: SourcePosition, programDir: string): string | undefined {
  if (!position.uri.startsWith("file:")) return undefined;
  const file = relative(programDir, fileURLToPath(position.uri));
  if (file.startsWith("..") || file.split(sep).includes("node_modules")) return undefined;
  return file.split(sep).join("/");
}

/**
 * The program's own frames of a registration's stack trace, innermost first: the constructor
 * call, then the calls that led to it. SDK and library frames are skipped, so a resource created
 * inside an npm component starts at the program's call into that component.
 */
export function programFrames(resource: RegisteredResource, programDir: string): SourceLocation[] {
  const frames = resource.stackTrace ?? (resource.sourcePosition ? [resource.sourcePosition] : []);
  return frames.flatMap((frame) => {
    const file = toProgramPath(frame, programDir);
    return file === undefined ? [] : [{ file, line: frame.line, column: frame.column }];
  });
}
