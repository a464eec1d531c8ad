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
const inDebuggablePromise = [
  callSite("debuggablePromise", join(sdkRuntime, "debuggable.js")),
  callSite("registerResource", join(sdkRuntime, "resource.js")),
];

describe("isPromiseDebugStack", () => {
  it("knows the stack the Pulumi SDK takes for each promise it makes", () => {
    expect(isPromiseDebugStack(new Error(), inDebuggablePromise)).toBe(true);
  });

  it("formats an error thrown from that function, which has a message", () => {
    const thrown = new TypeError("p.then is not a function");
    expect(isPromiseDebugStack(thrown, inDebuggablePromise)).toBe(false);
  });

  it("formats every other stack: a resource's own, a program's error, one named alike", () => {
    const bare = new Error();
    expect(isPromiseDebugStack(bare, [callSite("Resource", join(sdkRuntime, "resource.js"))])).toBe(
      false,
    );
    expect(isPromiseDebugStack(bare, [callSite("main", join(sep, "app", "index.ts"))])).toBe(false);
    expect(
      isPromiseDebugStack(bare, [callSite("debuggablePromise", join(sep, "app", "debuggable.js"))]),
    ).toBe(false);
    expect(isPromiseDebugStack(bare, [])).toBe(false);
  });
});
