/** `aigov` exit codes, shared by every command. */
export const exitCodes = {
  /** Nothing blocks: no mandatory violation. */
  ok: 0,
  /** At least one mandatory violation (check), or fixes that need a person (fix). */
  findings: 1,
  /** Bad usage, a bad config, a program or policy pack that fails. */
  error: 2,
} as const;
