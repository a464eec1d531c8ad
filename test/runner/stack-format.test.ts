import { join, sep } from "node:path";
import { isPromiseDebugStack } from "../../src/runner/stack-format";

/** A call site with the two things the rule reads; the rest of the interface is never called. */
function callSite(functionName: string | null, fileName: string | undefined): NodeJS.CallSite {
  return {
    getFunctionName: () => functionName,
    getFileName: () => fileName,
  } as unknown as NodeJS.CallSite;
}

const sdkRuntime = join(sep, "app", "node_modules", "@pulumi", "pulumi", "runtime");

describe("isPromiseDebugStack", () => {
  it("knows the stack the Pulumi SDK takes for each promise it makes", () => {
    const trace = [
      callSite("debuggablePromise", join(sdkRuntime, "debuggable.js")),
      callSite("registerResource", join(sdkRuntime, "resource.js")),
    ];
    expect(isPromiseDebugStack(trace)).toBe(true);
  });

  it("formats every other stack: a resource's own, a program's error, one named alike", () => {
    expect(isPromiseDebugStack([callSite("Resource", join(sdkRuntime, "..", "resource.js"))])).toBe(
      false,
    );
    expect(isPromiseDebugStack([callSite("main", join(sep, "app", "index.ts"))])).toBe(false);
    expect(
      isPromiseDebugStack([callSite("debuggablePromise", join(sep, "app", "debuggable.js"))]),
    ).toBe(false);
    expect(isPromiseDebugStack([])).toBe(false);
  });
});
