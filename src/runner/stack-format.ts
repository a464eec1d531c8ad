import { findSourceMap, type SourceMap, type SourceMapping } from "node:module";
import { sep } from "node:path";
import { fileURLToPath } from "node:url";

const inPackages = `${sep}node_modules${sep}`;

/**
 * A call site in a file with a source map, written as Node.js writes it with source maps enabled
 * (lib/internal/source_map/prepare_stack_trace.js in Node 20): `Type.name (file.ts:line:col)`,
 * `<anonymous>` for an unnamed function, so the Pulumi SDK's frame pattern reads every frame.
 * TypeScript's source maps carry no symbol names, so the name is the call site's own.
 */
function mappedCallSite(
  callSite: NodeJS.CallSite,
  map: SourceMap,
  pathOf: (source: string) => string,
): string | undefined {
  const entry = map.findEntry(
    (callSite.getLineNumber() ?? 0) - 1,
    (callSite.getColumnNumber() ?? 0) - 1,
  ) as Partial<SourceMapping>;
  const { originalSource, originalLine, originalColumn } = entry;
  if (originalSource === undefined || originalLine === undefined || originalColumn === undefined)
    return undefined;
  const file = pathOf(originalSource);
  const prefix = callSite.isAsync() ? "async " : callSite.isConstructor() ? "new " : "";
  const typeName = callSite.getTypeName();
  const owner = typeName !== null && typeName !== "global" ? `${typeName}.` : "";
  const name = callSite.getFunctionName() ?? callSite.getMethodName();
  const position = `${file}:${String(originalLine + 1)}:${String(originalColumn + 1)}`;
  return `${prefix}${owner}${name || "<anonymous>"} (${position})`;
}

const promiseDebugFile = `${sep}@pulumi${sep}pulumi${sep}runtime${sep}debuggable.js`;

/**
 * The stack the Pulumi SDK's `debuggablePromise` takes for every promise it makes (a bare
 * `new Error()`). The SDK prints it only for a promise still pending at exit, and only with
 * `PULUMI_DEBUG_PROMISE_LEAKS` set. An error with a message thrown from that function is not one.
 */
export function isPromiseDebugStack(error: Error, trace: readonly NodeJS.CallSite[]): boolean {
  const innermost = trace[0];
  return (
    error.message === "" &&
    innermost?.getFunctionName() === "debuggablePromise" &&
    (innermost.getFileName() ?? "").endsWith(promiseDebugFile)
  );
}

const unformattedPromiseStack =
  "Error: stack not formatted (the Pulumi SDK shows it with PULUMI_DEBUG_PROMISE_LEAKS set)";

/**
 * Makes stack traces cheap where nobody reads them. With source maps enabled, Node maps every
 * frame of every stack, and the Pulumi SDK takes a stack for each promise it creates
 * (`debuggablePromise`): most of those frames are in packages, whose positions the runner drops
 * anyway. This formats frames in the program's own files exactly as Node does, and leaves
 * package frames as V8 writes them (unmapped), which took a third of a program's run time. The
 * promises' own stacks, which nothing reads unless leak debugging is on, are not formatted at all.
 */
export function formatStacksMappingProgramFiles(): void {
  // Node 20 exposes its own formatter as the default `Error.prepareStackTrace`.
  const nodeDefault: unknown = Reflect.get(Error, "prepareStackTrace");
  if (typeof nodeDefault !== "function") return;
  const nodeFormat = nodeDefault as (error: Error, trace: NodeJS.CallSite[]) => unknown;
  const maps = new Map<string, SourceMap | undefined>();
  const mapOf = (file: string) => {
    if (!maps.has(file)) maps.set(file, findSourceMap(file));
    return maps.get(file);
  };
  // A program has a few files; their URLs are turned into paths once each.
  const paths = new Map<string, string>();
  const pathOf = (source: string) => {
    let path = paths.get(source);
    if (path === undefined) {
      path = source.startsWith("file://") ? fileURLToPath(source) : source;
      paths.set(source, path);
    }
    return path;
  };
  const readsPromiseStacks = Boolean(process.env.PULUMI_DEBUG_PROMISE_LEAKS);
  Error.prepareStackTrace = (error: Error, trace: NodeJS.CallSite[]): unknown => {
    if (!readsPromiseStacks && isPromiseDebugStack(error, trace)) return unformattedPromiseStack;
    // Node's own header (a Node.js error's code included): its formatting of an empty trace.
    let text = String(nodeFormat.call(Error, error, []));
    for (const callSite of trace) {
      const file = callSite.getFileName();
      const map = file == null || file.includes(inPackages) ? undefined : mapOf(file);
      const mapped = map === undefined ? undefined : mappedCallSite(callSite, map, pathOf);
      // V8's own CallSite#toString: the frame as V8 writes it when nothing is mapped.
      // eslint-disable-next-line @typescript-eslint/no-base-to-string
      text += `\n    at ${mapped ?? String(callSite)}`;
    }
    return text;
  };
}

/**
 * Runs `compile` with Node's source map support on or off, as a module is compiled: Node keeps a
 * module's source map only if support is on when it compiles, and reads nothing else.
 */
function compiledWithSourceMaps(enabled: boolean, compile: () => void): void {
  const before = process.sourceMapsEnabled;
  if (before === enabled) {
    compile();
    return;
  }
  process.setSourceMapsEnabled(enabled);
  try {
    compile();
  } finally {
    process.setSourceMapsEnabled(before);
  }
}

type Loader = (module: NodeJS.Module, filename: string) => void;

/**
 * Keeps Node from reading the source maps of packages, whose frames are never mapped (above):
 * the Pulumi SDKs ship one for every module, and reading them was a second's work per program.
 * Every other file, the program's own JavaScript included, is compiled with support on.
 */
export function skipPackageSourceMaps(extensions: Record<string, Loader>): void {
  for (const extension of Object.keys(extensions)) {
    const load = extensions[extension];
    if (load === undefined) continue;
    extensions[extension] = (module, filename) => {
      compiledWithSourceMaps(!filename.includes(inPackages), () => {
        load(module, filename);
      });
    };
  }
}
