/** Words a POSIX shell reads as they are; anything else is single-quoted. */
const plainWord = /^[\w@%+=:,./-]+$/;

function shellWord(word: string): string {
  return plainWord.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The options of a check that `aigov fix` takes too, as the user wrote them. */
export interface FixCommandOptions {
  readonly config?: string | undefined;
  readonly stack?: string | undefined;
  readonly "policy-pack"?: string | undefined;
}

/**
 * The `aigov fix` command for the program a check ran on, with the same config, stack and pack,
 * ready to paste into a shell.
 *
 * @example
 * fixCommandLine("examples/bedrock-agent", { config: "examples/policy-config.json" });
 * // "npx aigov fix examples/bedrock-agent --config examples/policy-config.json"
 */
export function fixCommandLine(programDir: string, options: FixCommandOptions): string {
  const words = ["npx", "aigov", "fix", programDir];
  for (const name of ["config", "stack", "policy-pack"] as const) {
    const value = options[name];
    if (value !== undefined) words.push(`--${name}`, value);
  }
  return words.map(shellWord).join(" ");
}
