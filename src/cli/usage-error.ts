/** The command line itself is wrong: an unknown option, a missing argument. Exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
