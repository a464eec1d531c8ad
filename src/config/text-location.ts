/**
 * Where an offset into a text is, as `line L, column C`, both counted from 1. Columns count UTF-16
 * units, as V8's positions do, and lines end at `\n` (a `\r\n` file reads the same).
 */
export function lineColumnAt(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  const column = offset - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}

/** Where a JSON syntax error is, as `line L, column C`, from V8's "at position N" message. */
export function syntaxErrorLocation(text: string, message: string): string {
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return "$";
  return lineColumnAt(text, Number(position));
}
