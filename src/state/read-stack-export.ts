import { readFileSync } from "node:fs";
import type { ConfigIssue } from "../config/config-error.js";
import { describeJsonValue, formatJsonPath } from "../config/json-path.js";
import { syntaxErrorLocation } from "../config/text-location.js";
import type { StackExport, StateResource } from "./stack-export.js";
import { StateError } from "./state-error.js";
import { wireValueOfState } from "./state-values.js";

type Path = readonly (string | number)[];

/**
 * The schema versions read here: 3 is DeploymentV3; the engine writes 4 for the same deployment
 * when it records features (`features`) that older CLIs must refuse, and those add fields this
 * audit does not read.
 */
const readableVersions = [3, 4];

/** More problems than this in one file are summarised: the first ones say what is wrong. */
const maxIssues = 10;

/** `urn:pulumi:<stack>::<project>::<qualified type>::<name>`. */
const urnPattern = /^urn:pulumi:[^:]+::[^:]+::[^:]+(?::[^:]+)*::.+$/s;

/** `<provider urn>::<id>`: the URN of a `pulumi:providers:*` resource, then its ID. */
function isProviderReference(reference: string): boolean {
  const urn = reference.slice(0, reference.lastIndexOf("::"));
  const qualifiedType = urn.split("::")[2] ?? "";
  const type = qualifiedType.slice(qualifiedType.lastIndexOf("$") + 1);
  return urnPattern.test(urn) && type.startsWith("pulumi:providers:");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads the fields of one object of the export, recording each field that has the wrong shape. */
class FieldReader {
  constructor(
    private readonly record: Record<string, unknown>,
    private readonly path: Path,
    private readonly issues: ConfigIssue[],
  ) {}

  private fail(key: string, expected: string): void {
    this.issues.push({
      path: formatJsonPath([...this.path, key]),
      expected,
      got: describeJsonValue(this.record[key]),
    });
  }

  string(key: string, required = false): string | undefined {
    const value = this.record[key];
    if (value === undefined && !required) return undefined;
    if (typeof value === "string" && value !== "") return value;
    // The engine omits empty optional strings, but older exports may write them.
    if (value === "" && !required) return undefined;
    this.fail(key, "a non-empty string");
    return undefined;
  }

  boolean(key: string): boolean {
    const value = this.record[key];
    if (value === undefined || typeof value === "boolean") return value ?? false;
    this.fail(key, "true or false");
    return false;
  }

  strings(key: string): string[] {
    const value = this.record[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value;
    this.fail(key, "a list of strings");
    return [];
  }

  urnLists(key: string): Record<string, string[]> {
    const value = this.record[key];
    if (value === undefined || value === null) return {};
    const valid =
      isRecord(value) &&
      Object.values(value).every(
        (urns) => Array.isArray(urns) && urns.every((urn) => typeof urn === "string"),
      );
    if (valid) return value as Record<string, string[]>;
    this.fail(key, "an object of URN lists");
    return {};
  }

  timeouts(key: string): StateResource["options"]["customTimeouts"] {
    const value = this.record[key];
    if (value === undefined || value === null) return undefined;
    const seconds = (field: string) => (isRecord(value) ? (value[field] ?? 0) : undefined);
    const [create, update, remove] = ["create", "update", "delete"].map(seconds);
    if ([create, update, remove].every((s) => typeof s === "number")) {
      return { create: create as number, update: update as number, delete: remove as number };
    }
    this.fail(key, "an object of create, update and delete seconds");
    return undefined;
  }

  object(key: string): Record<string, unknown> {
    const value = this.record[key];
    if (value === undefined || value === null) return {};
    if (isRecord(value)) return value;
    this.fail(key, "an object");
    return {};
  }
}

function readResource(
  value: unknown,
  path: Path,
  issues: ConfigIssue[],
): StateResource | undefined {
  if (!isRecord(value)) {
    issues.push({
      path: formatJsonPath(path),
      expected: "a resource object",
      got: describeJsonValue(value),
    });
    return undefined;
  }
  const fields = new FieldReader(value, path, issues);
  const urn = fields.string("urn", true) ?? "";
  if (urn !== "" && !urnPattern.test(urn)) {
    issues.push({
      path: formatJsonPath([...path, "urn"]),
      expected: "a URN urn:pulumi:<stack>::<project>::<type>::<name>",
      got: describeJsonValue(urn),
    });
  }
  const provider = fields.string("provider");
  if (provider !== undefined && !isProviderReference(provider)) {
    issues.push({
      path: formatJsonPath([...path, "provider"]),
      expected: "a provider reference <provider urn>::<provider id>",
      got: describeJsonValue(provider),
    });
  }
  const inputs = wireValueOfState(fields.object("inputs"), [...path, "inputs"], issues);
  return {
    urn,
    type: fields.string("type", true) ?? "",
    custom: fields.boolean("custom"),
    id: fields.string("id"),
    parent: fields.string("parent"),
    provider,
    inputs: inputs as Record<string, unknown>,
    dependencies: fields.strings("dependencies"),
    propertyDependencies: fields.urnLists("propertyDependencies"),
    options: {
      protect: fields.boolean("protect"),
      ignoreChanges: fields.strings("ignoreChanges"),
      additionalSecretOutputs: fields.strings("additionalSecretOutputs"),
      aliases: fields.strings("aliases"),
      customTimeouts: fields.timeouts("customTimeouts"),
    },
    delete: fields.boolean("delete"),
    external: fields.boolean("external"),
  };
}

/** Validates the parsed export; every problem is collected, with its JSON path. */
function readExport(json: unknown, issues: ConfigIssue[]): StackExport {
  if (!isRecord(json)) {
    issues.push({
      path: "$",
      expected: "the object pulumi stack export writes",
      got: describeJsonValue(json),
    });
    return { version: 0, resources: [] };
  }
  const { version, deployment } = json;
  if (typeof version !== "number" || !readableVersions.includes(version)) {
    issues.push({
      path: "version",
      expected: `a deployment schema version this tool reads (${readableVersions.join(" or ")})`,
      got: describeJsonValue(version),
    });
    return { version: 0, resources: [] };
  }
  const resources = isRecord(deployment) ? deployment.resources : undefined;
  if (!Array.isArray(resources) || resources.length === 0) {
    issues.push({
      path: isRecord(deployment) ? "deployment.resources" : "deployment",
      expected: isRecord(deployment)
        ? "the stack's resources, a non-empty list (a stack with nothing deployed has none)"
        : "the deployment object",
      got: describeJsonValue(isRecord(deployment) ? resources : deployment),
    });
    return { version, resources: [] };
  }
  return {
    version,
    resources: resources.flatMap(
      (resource, index) => readResource(resource, ["deployment", "resources", index], issues) ?? [],
    ),
  };
}

/**
 * Reads the JSON `pulumi stack export` writes, checks it has the shape the engine writes, and
 * converts each resource's inputs to wire form. Any problem throws a `StateError` naming the file
 * and the JSON path of each problem; no secret's text is ever part of one.
 *
 * @example
 * const { resources } = readStackExport("stack.json");
 */
export function readStackExport(file: string): StackExport {
  let text: string;
  try {
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new StateError(file, [{ path: "$", expected: "a readable JSON file", got: reason }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new StateError(file, [
      {
        path: text.trim() === "" ? "$" : syntaxErrorLocation(text, message),
        expected: "the JSON pulumi stack export writes",
        got: text.trim() === "" ? "an empty file" : "text that is not JSON",
      },
    ]);
  }

  const issues: ConfigIssue[] = [];
  const stackExport = readExport(json, issues);
  if (issues.length > maxIssues) {
    const more = issues.length - maxIssues;
    issues.splice(maxIssues, more, {
      path: "$",
      expected: "no more problems",
      got: `${String(more)} more`,
    });
  }
  if (issues.length > 0) throw new StateError(file, issues);
  return stackExport;
}
