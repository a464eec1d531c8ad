/**
 * Characters that would change what a table cell shows: `|` ends the cell, the rest start
 * emphasis, code, links, HTML, strikethrough or an entity. A backslash makes each literal.
 */
const markdownSpecial = /[\\`*_[\]<>|~&]/g;

/**
 * Text from a program or a config (messages, resource names, paths) as one table cell: special
 * characters escaped and line breaks as `<br>`, so a value can neither break the table nor
 * format itself.
 *
 * @example
 * markdownCell('tag "a|b"\nsecond line'); // 'tag "a\\|b"<br>second line'
 */
export function markdownCell(text: string): string {
  return text.replace(markdownSpecial, "\\$&").replace(/\r\n|\r|\n/g, "<br>");
}

/** A table: a header row, its separator (numbers right-aligned), then the rows, all escaped. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string[] {
  const align = header.map((_, column) =>
    rows.length > 0 && rows.every((row) => typeof row[column] === "number") ? "---:" : "---",
  );
  const line = (cells: readonly (string | number)[]) =>
    `| ${cells.map((cell) => (typeof cell === "number" ? String(cell) : markdownCell(cell))).join(" | ")} |`;
  return [line(header), `| ${align.join(" | ")} |`, ...rows.map(line)];
}
