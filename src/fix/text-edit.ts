import { FixError } from "./fix-error.js";

/** A replacement of `[start, end)` in one file (a path relative to the program directory). */
export interface TextEdit {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.file === b.file && a.start === b.start && a.end === b.end && a.text === b.text;
}

/** Drops exact duplicates (two findings planning the same edit) and sorts by position. */
export function normalizeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const unique: TextEdit[] = [];
  for (const edit of edits) if (!unique.some((u) => sameEdit(u, edit))) unique.push(edit);
  return unique.sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start || a.end - b.end);
}

/**
 * Applies edits to one file's text. Edits at the same insertion point apply in the order given;
 * overlapping replacements are a planning error, never silently merged.
 *
 * @example
 * applyEdits("a: 1", [{ file: "x", start: 3, end: 4, text: "2" }]); // "a: 2"
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = "";
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) {
      throw new FixError(`${edit.file}: two planned edits overlap at offset ${edit.start}.`);
    }
    result += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return result + text.slice(cursor);
}
