import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ProgramFiles } from "../../src/fix/program-files";
import { sourceSecretTexts } from "../../src/fix/secret-literals";
import { scratchDirectory } from "../support/program-copy";

const directory = scratchDirectory("aigov-secret-literals-");
const files: Record<string, string> = {
  "index.ts": `import * as pulumi from "@pulumi/pulumi";
import { secret as hide } from "@pulumi/pulumi";
const token = "const-token-1111";
export const secrets = [
  pulumi.secret("plain-secret"),
  pulumi.secret("ESC\\u0041PED-2222"),
  pulumi.secret('QUO\\'TED-3333'),
  pulumi.secret(\`TPL-\${token}-TAIL-4444\`),
  hide("alias-5555"),
  pulumi["secret"]("element-6666"),
  pulumi.secret(token),
  pulumi.secret(987654321),
  pulumi.secret({ nested: ["deep-secret-7777"] }),
  pulumi.secret("ab"),
];
export const notSecret = pulumi.output("plain-value");
`,
  "multi.ts": `import * as pulumi from "@pulumi/pulumi";
export const lines = pulumi.secret(\`MULTI-7777
LINE-8888\`);
`,
  "known.ts": `export const description = "contact SHARED-SECRET-1 for access";
`,
  "Pulumi.dev.yaml": 'config:\n  x: "pulumi.secret(\\"yaml-text\\")"\n',
};
for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);

function textsOf(known: readonly string[]): string[] {
  const program = new ProgramFiles(directory);
  for (const path of Object.keys(files)) program.get(path);
  return sourceSecretTexts(program, known);
}

it("finds each text passed to pulumi.secret, as written and as its value", () => {
  const texts = textsOf([]);
  for (const text of [
    "plain-secret",
    "ESC\\u0041PED-2222",
    "ESCAPED-2222",
    "QUO\\'TED-3333",
    "TPL-",
    "-TAIL-4444",
    "alias-5555",
    "element-6666",
    "const-token-1111",
    "987654321",
    "deep-secret-7777",
    "MULTI-7777",
    "LINE-8888",
  ])
    expect(texts).toContain(text);
  expect(texts).not.toContain("plain-value");
  expect(texts).not.toContain("ab");
  expect(texts).not.toContain("yaml-text");
});

it("lists longest first", () => {
  const texts = textsOf([]);
  expect(texts).toEqual([...texts].sort((a, b) => b.length - a.length));
});

it("finds a literal holding a secret the run knows, wherever it is written", () => {
  expect(textsOf(["SHARED-SECRET-1"])).toContain("contact SHARED-SECRET-1 for access");
  expect(textsOf([])).not.toContain("contact SHARED-SECRET-1 for access");
});
