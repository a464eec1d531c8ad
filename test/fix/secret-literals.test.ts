import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ProgramFiles } from "../../src/fix/program-files";
import { secretLiteralsIn } from "../../src/fix/secret-literals";
import { scratchDirectory } from "../support/program-copy";

const directory = scratchDirectory("aigov-secret-literals-");
writeFileSync(
  join(directory, "index.ts"),
  `import * as pulumi from "@pulumi/pulumi";
import { secret } from "@pulumi/pulumi";
const a = pulumi.secret("alpha-secret");
const b = secret(\`beta-secret\`);
const c = pulumi.secret({ nested: ["gamma-secret", { deeper: "delta-secret-longest" }] });
const d = pulumi.secret("ab");
const e = pulumi.output("plain-value");
const f = pulumi.secret(a);
`,
);
writeFileSync(join(directory, "Pulumi.dev.yaml"), 'config:\n  x: "pulumi.secret(\\"yaml\\")"\n');
writeFileSync(join(directory, "plain.ts"), 'export const name = "plain-value";\n');

it("finds the texts the source passes to pulumi.secret or secret, longest first", () => {
  const files = new ProgramFiles(directory);
  expect(secretLiteralsIn(files, ["index.ts", "plain.ts"])).toEqual([
    "delta-secret-longest",
    "alpha-secret",
    "gamma-secret",
    "beta-secret",
  ]);
});

it("reads only the program's source files", () => {
  const files = new ProgramFiles(directory);
  expect(secretLiteralsIn(files, ["Pulumi.dev.yaml", "plain.ts", "missing.ts"])).toEqual([]);
});
