import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import { jsonFormats } from "./json-formats";
import { repoRoot } from "./program-copy";

/** `aigov report --format json`'s schema in schema/, compiled strictly, as users would load it. */
export const coverageSchema = JSON.parse(
  readFileSync(join(repoRoot, "schema", "coverage-report.schema.json"), "utf8"),
) as { readonly properties: { readonly schemaVersion: { readonly const: number } } };

export const validateCoverageReport: ValidateFunction = new Ajv({
  allErrors: true,
  strict: true,
  formats: { ...jsonFormats },
}).compile(coverageSchema);
