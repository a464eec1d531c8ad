import { parseArgs, type ParseArgsConfig } from "node:util";
import { closestOptions } from "./closest-option.js";
import { UsageError } from "./usage-error.js";

type OptionDefinitions = NonNullable<ParseArgsConfig["options"]>;

type OptionToken = Extract<
  NonNullable<ReturnType<typeof parseArgs>["tokens"]>[number],
  { kind: "option" }
>;

/** Every command takes `--help`; main answers it before the command parses its options. */
const commonOptions = ["help"];

/** A value that reads as an option, as parseArgs's strict mode judges it: `-x`, not `-`. */
function looksLikeOption(value: string): boolean {
  return value.length > 1 && value.startsWith("-");
}

function unknownOption(token: OptionToken, names: readonly string[]): UsageError {
  // A short option (`-f`) is one letter: any edit makes it another letter, so no suggestion.
  const suggestions = token.rawName.startsWith("--")
    ? closestOptions(token.name, [...names, ...commonOptions])
    : [];
  const hint =
    suggestions.length === 0
      ? "."
      : `; did you mean ${suggestions.map((name) => `--${name}`).join(" or ")}?`;
  return new UsageError(`unknown option ${token.rawName}${hint}`);
}

/** The usage error for one option as written, or `undefined` when it is well formed. */
function optionError(token: OptionToken, options: OptionDefinitions): UsageError | undefined {
  const definition = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
  if (definition === undefined) return unknownOption(token, Object.keys(options));
  const option = `--${token.name}`;
  if (definition.type === "boolean") {
    return token.value === undefined
      ? undefined
      : new UsageError(`${option}: expected no value, got ${JSON.stringify(token.value)}.`);
  }
  if (token.value === undefined) return new UsageError(`${option}: expected a value, got nothing.`);
  // Every value this tool takes is a path, a name or key=value: an empty one (`--config ""`,
  // `--state=`, an unset shell variable) would only fail later, far from the option that caused it.
  if (token.value === "") return new UsageError(`${option}: expected a value, got an empty one.`);
  // `--config --format json` is a forgotten value far more often than a file named --format;
  // the `=` form says the user meant it.
  if (!token.inlineValue && looksLikeOption(token.value)) {
    return new UsageError(
      `${option}: expected a value, got the option ${token.value}; ` +
        `for a value that starts with "-", write ${option}=${token.value}.`,
    );
  }
  return undefined;
}

/**
 * A command's `parseArgs`, with its errors worded as this tool's own: Node's messages name no
 * command, quote oddly, and advise a `--` that rarely applies. The arguments are read leniently
 * first, so each option can be checked with its name at hand; the strict read that follows then
 * cannot fail, and gives the typed values.
 */
export function parseCommandLine<const Options extends OptionDefinitions>(
  argv: readonly string[],
  options: Options,
) {
  const { tokens } = parseArgs({
    args: [...argv],
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const error = optionError(token, options);
    if (error !== undefined) throw error;
  }
  return parseArgs({ args: [...argv], options, allowPositionals: true });
}
