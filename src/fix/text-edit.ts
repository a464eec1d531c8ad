import { FixError } from "./fix-error.js";

/** A replacement of `[start, end)` in one file (a path relative to the program directory). */
export interface TextEdit {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Drops exact duplicates (two findings planning the same edit) and sorts by position. */
export function normalizeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  const unique = edits.filter((edit) => {
    const key = JSON.stringify([edit.file, edit.start, edit.end, edit.text]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
