import * as ts from "typescript";
import type { ProgramFile } from "./program-files.js";
import type { TagValueChoice } from "./tag-values.js";
import {
  findProjectConfigVariable,
  formatKey,
  insertPropertiesEdit,
  quoteString,
} from "./syntax.js";
import { objectKey } from "./tag-layout.js";
import type { TextEdit } from "./text-edit.js";
import type { ObjectOrigin } from "./value-origin.js";

/** Tags to add in one place: into an object, or wrapped in new properties created inside it. */
type Target =
  | { readonly kind: "object"; readonly origin: ObjectOrigin; readonly wrap: readonly string[] }
  /**
   * A `tags` property at a call whose value is shared becomes `tags: { ...shared, key: value }`,
   * shorthand `tags` included, so only the resources of that call get the new key.
   */
  | {
      readonly kind: "spread";
      readonly file: ProgramFile;
      readonly property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment;
    };

/**
 * Collects the tags to add per target before writing anything, so two keys bound for the same
 * object, or for a `tags` property that does not exist yet, become one edit.
 */
export class TagInsertions {
  private readonly byTarget = new Map<
    string,
    { target: Target; entries: Map<string, TagValueChoice> }
  >();

  /** Adds `key: value` to an object literal, creating the `wrap` properties around it if given. */
  intoObject(
    origin: ObjectOrigin,
    key: string,
    value: TagValueChoice,
    wrap: readonly string[] = [],
  ): void {
    this.add(
      `${objectKey(origin)}/${wrap.join(".")}`,
      { kind: "object", origin, wrap },
      key,
      value,
    );
  }

  /** Replaces a `tags` property at a call with a spread of its value plus the new tags. */
  aroundProperty(
    file: ProgramFile,
    property: ts.PropertyAssignment | ts.ShorthandPropertyAssignment,
    key: string,
    value: TagValueChoice,
  ): void {
    const id = `${file.path}:${String(property.pos)}/spread`;
    this.add(id, { kind: "spread", file, property }, key, value);
  }

  private add(id: string, target: Target, key: string, value: TagValueChoice): void {
    const entry = this.byTarget.get(id) ?? { target, entries: new Map<string, TagValueChoice>() };
    entry.entries.set(key, value);
    this.byTarget.set(id, entry);
  }

  edits(): TextEdit[] {
    return [...this.byTarget.values()].map(({ target, entries }) => render(target, entries));
  }
}

/**
 * A tag value as source text: `config.require("key")` when the value is the stack's config value
 * and the file has a project Config to read it with (so other stacks keep theirs), a literal
 * otherwise.
 */
function valueText(file: ProgramFile, value: TagValueChoice): string {
  const config = value.configKey === undefined ? undefined : findProjectConfigVariable(file);
  return config !== undefined && value.configKey !== undefined
    ? `${config}.require(${quoteString(value.configKey, file.quote)})`
    : quoteString(value.value, file.quote);
}

function quotedEntries(
  file: ProgramFile,
  entries: ReadonlyMap<string, TagValueChoice>,
): [string, string][] {
  return [...entries].map(([key, value]) => [key, valueText(file, value)]);
}

function render(target: Target, entries: ReadonlyMap<string, TagValueChoice>): TextEdit {
  if (target.kind === "spread") {
    const { file, property } = target;
    const added = quotedEntries(file, entries).map(([k, v]) => `${formatKey(k, file.quote)}: ${v}`);
    const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
    const name = property.name.getText(file.sourceFile);
    const text = `${name}: { ...${value.getText(file.sourceFile)}, ${added.join(", ")} }`;
    return { file: file.path, start: property.getStart(file.sourceFile), end: property.end, text };
  }
  const { origin, wrap } = target;
  const file = origin.file;
  const [outer, ...inner] = wrap;
  const pairs = quotedEntries(file, entries);
  if (outer === undefined) return insertPropertiesEdit(file, origin.object, pairs);
  const body = `{ ${pairs.map(([k, v]) => `${formatKey(k, file.quote)}: ${v}`).join(", ")} }`;
  const nested = inner.reduceRight(
    (text, name) => `{ ${formatKey(name, file.quote)}: ${text} }`,
    body,
  );
  return insertPropertiesEdit(file, origin.object, [[outer, nested]]);
}
