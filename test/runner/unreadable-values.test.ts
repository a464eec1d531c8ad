import type { RegisteredResource } from "../../src/engine/registered-resource";
import { captureProgram, loadProgram } from "../../src/runner/run-program";
import { ProgramError } from "../../src/runner/runner-error";
import { writeProgram } from "../support/check-report";

// A program can write a value the Pulumi SDKs cannot read back: an object carrying the signature
// key with a signature nobody knows, or an asset with empty content. The policy SDK throws on one
// outside its Remediate handler's `try`, so that request would never be answered. The program's
// own SDK refuses it first, and the registration holding it must fail before anything hears of it.

const cases: readonly [string, string, string][] = [
  [
    "an object with a signature nobody knows",
    `new aws.s3.Bucket("b", {
  tags: { "4dabf18193072939515e22adb298388d": "bogus", owner: "ml" } as Record<string, string>,
});`,
    "Unrecognized signature 'bogus'",
  ],
  [
    "an asset with empty text",
    `new aws.s3.BucketObject("b", { bucket: "x", source: new pulumi.asset.StringAsset("") });`,
    "Invalid asset",
  ],
];

it.each(cases)(
  "a program writing %s fails at that resource, which is never passed on",
  async (_name, statement, reason) => {
    const program = writeProgram(
      {
        "Pulumi.yaml": "name: unreadable\nruntime: nodejs\n",
        "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
        "index.ts": `import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

${statement}
`,
      },
      "aigov-unreadable-",
    );
    const heard: RegisteredResource[] = [];
    const run = captureProgram(loadProgram(program), (resource) => heard.push(resource));
    await expect(run).rejects.toThrow(ProgramError);
    await expect(run).rejects.toThrow(`failed to register new resource b`);
    await expect(run).rejects.toThrow(reason);
    expect(heard.map((resource) => resource.name)).not.toContain("b");
  },
);
