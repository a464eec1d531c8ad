import { chmodSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FixError } from "../../src/fix/fix-error";
import type { FileChange } from "../../src/fix/plan-fixes";
import { scratchDirectory } from "../support/program-copy";
import { nodeFileSystem, writeChangesAtomically, type FileSystem } from "../../src/fix/write-files";

function program(files: Record<string, string>): string {
  const dir = scratchDirectory("aigov-write-");
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const original = { "a.ts": "const a = 1;\n", "b.ts": "const b = 1;\n", "c.ts": "const c = 1;\n" };
const changes: FileChange[] = Object.entries(original).map(([path, before]) => ({
  path,
  before,
  after: before.replace("1", "2"),
}));

function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), "utf8")]),
  );
}

/** A file system that fails the n-th call of one operation, as a full disk or a kill would. */
function failing(operation: "writeFileSync" | "renameSync", failOn: number): FileSystem {
  let calls = 0;
  return {
    ...nodeFileSystem,
    [operation]: (...args: unknown[]) => {
      calls++;
      if (calls === failOn)
        throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      (nodeFileSystem[operation] as (...a: unknown[]) => void)(...args);
    },
  };
}

/** The write as a thunk for `expect(...).toThrow`. */
function writing(dir: string, list: FileChange[], fileSystem?: FileSystem): () => void {
  return () => {
    writeChangesAtomically(dir, list, fileSystem);
  };
}

describe("writeChangesAtomically", () => {
  it("writes every change", () => {
    const dir = program(original);
    writeChangesAtomically(dir, changes);
    expect(contents(dir)).toEqual({
      "a.ts": "const a = 2;\n",
      "b.ts": "const b = 2;\n",
      "c.ts": "const c = 2;\n",
    });
  });

  it.each([1, 2, 3])(
    "leaves every file as it was when writing temporary file %i fails",
    (failOn) => {
      const dir = program(original);
      expect(writing(dir, changes, failing("writeFileSync", failOn))).toThrow(/none were changed/);
      expect(contents(dir)).toEqual(original);
    },
  );

  it.each([1, 2, 3])("puts the originals back when rename %i fails part-way", (failOn) => {
    const dir = program(original);
    expect(writing(dir, changes, failing("renameSync", failOn))).toThrow(FixError);
    expect(contents(dir)).toEqual(original);
  });

  it("refuses a file that changed since it was read, and writes nothing", () => {
    const dir = program(original);
    writeFileSync(join(dir, "b.ts"), "const b = 9;\n");
    expect(writing(dir, changes)).toThrow(/b\.ts: changed since aigov read it/);
    expect(contents(dir)).toEqual({ ...original, "b.ts": "const b = 9;\n" });
  });

  it("refuses a symlink that leads out of the program directory", () => {
    const outside = program({ "victim.ts": "const v = 1;\n" });
    const dir = program(original);
    symlinkSync(join(outside, "victim.ts"), join(dir, "link.ts"));
    const viaLink: FileChange = {
      path: "link.ts",
      before: "const v = 1;\n",
      after: "const v = 2;\n",
    };
    expect(writing(dir, [...changes, viaLink])).toThrow(/link\.ts: refusing to write outside/);
    expect(contents(outside)).toEqual({ "victim.ts": "const v = 1;\n" });
    expect(contents(dir)).toEqual({ ...original, "link.ts": "const v = 1;\n" });
  });

  // Issue #7: checked by the mode bits, so the refusal holds when the tests run as root too.
  it("refuses a read-only file, and writes nothing", () => {
    const dir = program(original);
    chmodSync(join(dir, "c.ts"), 0o444);
    expect(writing(dir, changes)).toThrow(/c\.ts: is read-only, so no file was changed/);
    expect(contents(dir)).toEqual(original);
    expect(readdirSync(dir)).toEqual(["a.ts", "b.ts", "c.ts"]);
  });

  it("refuses a path with .. that leaves the program directory", () => {
    const dir = program(original);
    expect(writing(join(dir), [{ path: "../escape.ts", before: "", after: "x" }])).toThrow(
      FixError,
    );
  });
});
