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
 * The program's own line that constructed a resource: the innermost frame of the registration's
 * stack trace that lies in the program directory, skipping SDK and library frames (a resource
 * created inside an npm component is located at the program's call into that component).
 */
export function locateResource(
  resource: RegisteredResource,
  programDir: string,
): SourceLocation | undefined {
  const frames = resource.stackTrace ?? (resource.sourcePosition ? [resource.sourcePosition] : []);
  for (const frame of frames) {
    const file = toProgramPath(frame, programDir);
    if (file !== undefined) return { file, line: frame.line, column: frame.column };
  }
  return undefined;
}
