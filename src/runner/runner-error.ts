/**
 * The program could not be run: a missing or ambiguous stack, a file that is not a Pulumi
 * project, or the program itself failing. `detail` carries the program's own error output.
 */
export class ProgramError extends Error {
  override readonly name = "ProgramError";

  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(detail ? `${message}\n${detail}` : message);
  }
}
