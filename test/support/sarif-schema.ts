import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ValidateFunction } from "ajv";
import Ajv from "ajv-draft-04";
import { jsonFormats } from "./json-formats";
import { repoRoot } from "./program-copy";

/**
 * The official SARIF 2.1.0 schema (JSON Schema draft-04), which CI keeps beside the checkout
 * rather than in it.
 */
export const sarifSchemaFile = join(
  repoRoot,
  "..",
  "shared",
  "reference",
  "sarif-schema-2.1.0.json",
);

/**
 * A validator for SARIF logs against the official schema. A missing schema fails the test that
 * asks for it, naming the path: SARIF that nothing checked must not pass.
 */
export function sarifValidator(): ValidateFunction {
  if (!existsSync(sarifSchemaFile)) {
    throw new Error(
      `The SARIF 2.1.0 schema is missing at ${sarifSchemaFile} (../shared/reference/ from the repository root); the SARIF tests validate against it.`,
    );
  }
  const schema = JSON.parse(readFileSync(sarifSchemaFile, "utf8")) as object;
  const ajv = new Ajv({ allErrors: true, formats: { ...jsonFormats } });
  return ajv.compile(schema);
}

/** Validation errors as `path: message` lines, empty when the value is valid. */
export function schemaErrors(validate: ValidateFunction, value: unknown): string[] {
  return validate(value)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || "/"}: ${e.message ?? e.keyword}`);
}
