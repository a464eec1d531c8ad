import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

it("src/catalog/tag-inputs.generated.ts matches the installed SDKs", () => {
  const check = spawnSync(process.execPath, ["scripts/generate-tag-inputs.mjs", "--check"], {
    cwd: root,
    encoding: "utf8",
  });
  expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: "" });
});
