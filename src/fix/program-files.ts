import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";
import { FixError } from "./fix-error.js";

/** A program file as the fixer read it, with its syntax tree and the conventions it follows. */
export interface ProgramFile {
  /** Path relative to the program directory, with `/` separators. */
  readonly path: string;
  readonly absolute: string;
  readonly text: string;
  readonly sourceFile: ts.SourceFile;
  /** The line ending the file uses, so inserted lines match it. */
  readonly eol: "\n" | "\r\n";
  /** The quote most of the file's string literals use. */
  readonly quote: '"' | "'";
}

function prevailingQuote(text: string): '"' | "'" {
  const single = (text.match(/'[^'\n]*'/g) ?? []).length;
  const double = (text.match(/"[^"\n]*"/g) ?? []).length;
  return single > double ? "'" : '"';
}

/**
 * The program's files, each read and parsed once, on first use. Parsing only: the fixer needs
 * positions and shapes, not types, so it costs what `ts.createSourceFile` costs.
 */
export class ProgramFiles {
  private readonly files = new Map<string, ProgramFile | undefined>();
  private readonly texts = new Map<string, string | undefined>();

  constructor(readonly directory: string) {}

  /**
   * A file's text as first read (the base every edit and the write check compare with), or
   * `undefined` when it cannot be read. A file that is not valid UTF-8 is a FixError: decoding
   * and re-encoding it would change bytes the fixer never meant to touch, and planning around it
   * would give a wrong reason for every edit that needs it.
   */
  readText(path: string): string | undefined {
    if (!this.texts.has(path)) this.texts.set(path, this.decode(path));
    return this.texts.get(path);
  }

  /** The program-relative paths read so far that could be read. */
  readPaths(): string[] {
    return [...this.texts].filter(([, text]) => text !== undefined).map(([path]) => path);
  }

  private decode(path: string): string | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(this.directory, path));
    } catch {
      return undefined;
    }
    try {
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      throw new FixError(`${path}: not valid UTF-8 text; aigov fix edits only UTF-8 files.`);
    }
  }

  /** The file at a program-relative path, or `undefined` when it cannot be read. */
  get(path: string): ProgramFile | undefined {
    if (this.files.has(path)) return this.files.get(path);
    const absolute = join(this.directory, path);
    const text = this.readText(path);
    const kind = path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const file: ProgramFile | undefined =
      text === undefined
        ? undefined
        : {
            path,
            absolute,
            text,
            sourceFile: ts.createSourceFile(absolute, text, ts.ScriptTarget.Latest, true, kind),
            eol: text.includes("\r\n") ? "\r\n" : "\n",
            quote: prevailingQuote(text),
          };
    this.files.set(path, file);
    return file;
  }

  /** The offset of a 1-based line and column, clamped to the file. */
  offsetOf(file: ProgramFile, line: number, column: number): number {
    const lines = file.sourceFile.getLineStarts();
    const start = lines[Math.min(Math.max(line - 1, 0), lines.length - 1)] ?? 0;
    return Math.min(start + Math.max(column - 1, 0), file.text.length);
  }

  /** `file:line:col` of an offset, for messages. */
  where(file: ProgramFile, offset: number): string {
    const { line, character } = file.sourceFile.getLineAndCharacterOfPosition(offset);
    return `${file.path}:${line + 1}:${character + 1}`;
  }
}
