import { formatFinding } from "../../src/violations/format-message.js";
import { parseFinding } from "../../src/violations/parse-message.js";
import type { ViolationDetail } from "../../src/violations/violation-detail.js";
import type { PlacedResource, ProgramSpec } from "./program.js";
import { bedrockReplacement, replacedBedrockModel } from "./vocabulary.js";

function detailOf(
  resource: PlacedResource,
): { policy: string; detail: ViolationDetail } | undefined {
  switch (resource.flaw) {
    case "missing-tag":
      return {
        policy: "ai-required-tags",
        detail: {
          code: "missing-tags",
          missing: ["owner"],
          present: [...(resource.tagKeys ?? [])].sort(),
        },
      };
    case "misspelt-key":
      return {
        policy: "ai-required-tags",
        detail: { code: "misspelled-tag-key", found: "CostCenter", expected: "cost-center" },
      };
    case "unapproved-model":
      return {
        policy: "ai-approved-model",
        detail: {
          code: "unapproved-model",
          provider: "aws-bedrock",
          field: "foundationModel",
          model: { value: replacedBedrockModel },
          replacement: { value: bedrockReplacement },
          approved: [],
        },
      };
    case "none":
      return undefined;
  }
}

/** The line of index.ts that imports a module, which V8 reports as the `new`'s caller frame. */
function importLine(spec: ProgramSpec, file: string): number {
  const lines = (spec.files["index.ts"] ?? "").split("\n");
  return lines.findIndex((line) => line.includes(`"./${file.replace(/\.ts$/, "")}"`)) + 1;
}

/**
 * The `aigov check --format json` report of a generated program, written from what the generator
 * knows it put there: one mandatory violation per flawed resource, its sentence made by the
 * pack's own formatter, its frames the `new` and the import that ran it. `aigov fix --from` reads
 * it as it reads a real one (bench.test.ts compares the two on a small program).
 */
export function savedReport(spec: ProgramSpec, directory: string): string {
  const violations = spec.resources.flatMap((resource) => {
    const found = detailOf(resource);
    if (!found) return [];
    const message = formatFinding(found.detail);
    const frames = [
      { file: resource.file, line: resource.line, column: resource.column },
      { file: "index.ts", line: importLine(spec, resource.file), column: 1 },
    ];
    return [
      {
        policy: found.policy,
        enforcementLevel: "mandatory",
        severity: "high",
        urn: `urn:pulumi:dev::${spec.project}::${resource.token}::${resource.name}`,
        type: resource.token,
        name: resource.name,
        message,
        code: found.detail.code,
        detail: parseFinding(message),
        ...frames[0],
        frames,
      },
    ];
  });
  const report = {
    schemaVersion: 1,
    program: { directory, project: spec.project, stack: "dev" },
    policyPack: {
      name: "ai-governance",
      version: "0.1.0",
      disabledPolicies: ["ai-attributable-usage"],
    },
    summary: {
      // The stack and the three default providers are registered too.
      resources: spec.resources.length + 4,
      aiResources: spec.resources.filter((r) => r.ai).length,
      mandatory: violations.length,
      advisory: 0,
    },
    violations,
    exemptions: [],
    remediations: [],
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
