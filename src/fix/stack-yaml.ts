import { isMap, isPair, isScalar, parse, parseDocument, type Pair, type Scalar } from "yaml";
import type { TextEdit } from "./text-edit.js";

/** A key's place in a stack file: the pair under `config:` and the nested keys below it. */
function findPair(
  text: string,
  configKey: string,
  project: string,
  nested: readonly string[],
): Pair | undefined {
  const document = parseDocument(text, { keepSourceTokens: true });
  const config = document.get("config", true);
  if (!isMap(config)) return undefined;
  const bare = configKey.startsWith(`${project}:`)
    ? configKey.slice(project.length + 1)
    : undefined;
  let pair = config.items.find(
    (item) => isScalar(item.key) && (item.key.value === configKey || item.key.value === bare),
  );
  for (const name of nested) {
    const value = pair?.value;
    if (!isMap(value)) return undefined;
    pair = value.items.find((item) => isScalar(item.key) && item.key.value === name);
  }
  return pair && isPair(pair) ? pair : undefined;
}

/**
 * Whether YAML reads `text`, written plain, back as exactly the string `value`, both as YAML 1.2
 * and as YAML 1.1, where `yes`, `on` and dates are not strings: stack files are read by other
 * tools than this one.
 */
function readsBackAsString(text: string, value: string): boolean {
  return (["1.2", "1.1"] as const).every((version) => {
    try {
      const parsed = parse(`k: ${text}`, { version }) as { k?: unknown } | null;
      return parsed?.k === value;
    } catch {
      return false;
    }
  });
}

/**
 * Writes a scalar in the style the file used for the one it replaces, quoting it whenever plain
 * text would read back as something else (`4711` as a number, `team: ml` as a map).
 */
function scalarText(scalar: Scalar, value: string): string {
  if (scalar.type === "QUOTE_SINGLE") return `'${value.replace(/'/g, "''")}'`;
  if (scalar.type === "QUOTE_DOUBLE" || !readsBackAsString(value, value))
    return JSON.stringify(value);
  return value;
}

/**
 * Replaces a config value in `Pulumi.<stack>.yaml`, touching only the value's own characters, so
 * comments, order and quoting elsewhere stay as they were. Returns a reason when it cannot.
 */
export function setStackConfigValue(
  file: { path: string; text: string },
  project: string,
  configKey: string,
  value: string,
  nested: readonly string[] = [],
): TextEdit | string {
  const pair = findPair(file.text, configKey, project, nested);
  const scalar = pair?.value;
  if (!isScalar(scalar) || !scalar.range)
    return `${file.path} has no plain value for ${[configKey, ...nested].join(".")}`;
  if (scalar.type === "BLOCK_LITERAL" || scalar.type === "BLOCK_FOLDED")
    return `${file.path}: ${configKey} is a block scalar`;
  return {
    file: file.path,
    start: scalar.range[0],
    end: scalar.range[1],
    text: scalarText(scalar, value),
  };
}

/** Renames a key nested under a config value (a tag key under `aws:defaultTags: tags:`). */
export function renameStackConfigKey(
  file: { path: string; text: string },
  project: string,
  configKey: string,
  nested: readonly string[],
  newKey: string,
): TextEdit | string {
  const pair = findPair(file.text, configKey, project, nested);
  const key = pair?.key;
  if (!isScalar(key) || !key.range)
    return `${file.path} has no key ${[configKey, ...nested].join(".")}`;
  return { file: file.path, start: key.range[0], end: key.range[1], text: scalarText(key, newKey) };
}

/** Whether a stack file sets a nested key, e.g. `aws:defaultTags` → `tags` → `CostCenter`. */
export function hasStackConfigKey(
  file: { path: string; text: string },
  project: string,
  configKey: string,
  nested: readonly string[],
): boolean {
  return findPair(file.text, configKey, project, nested) !== undefined;
}
