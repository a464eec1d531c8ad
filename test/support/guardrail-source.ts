/**
 * A program of one Bedrock guardrail that lacks two required tags, with the line endings asked
 * for: the smallest source `aigov fix` has an edit for.
 */
export function guardrailSource(eol = "\n"): string {
  return [
    'import * as aws from "@pulumi/aws";',
    "",
    'new aws.bedrock.Guardrail("guard", {',
    '  blockedInputMessaging: "no",',
    '  blockedOutputsMessaging: "no",',
    '  tags: { environment: "dev" },',
    "});",
    "",
  ].join(eol);
}
