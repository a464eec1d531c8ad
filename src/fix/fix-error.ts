/**
 * The fixer cannot go on: an edit would overlap another, a file changed since it was read, a
 * path leads outside the program. The message starts with `file:line:col` when it has a place.
 */
export class FixError extends Error {
  override readonly name = "FixError";
}
