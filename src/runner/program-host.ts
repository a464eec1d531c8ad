// The process a Pulumi program runs in under the runner: it loads the program's own
// @pulumi/pulumi, puts it in mock mode, records every registration, runs the program inside a
// root stack resource as `pulumi preview` does, and sends the records to its parent over IPC.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { RegisteredResource } from "../engine/registered-resource.js";
import { captureRegistrations, type ProgramSdk } from "./capture-monitor.js";
import type { HostReply, HostRequest } from "./host-protocol.js";
import { resultFields } from "./invoke-result-fields.js";
import { answerInvoke } from "./invoke-results.js";
import { describeProgramFailure } from "./program-failure.js";
import { registerTypeScript } from "./typescript-hook.js";

interface PulumiModule {
  runtime: {
    setMocks(
      mocks: unknown,
      project: string,
      stack: string,
      preview: boolean,
      organization?: string,
    ): Promise<void>;
    setAllConfig(config: Record<string, string>, secretKeys?: string[]): void;
    runInPulumiStack(init: () => Promise<unknown>): Promise<unknown>;
  };
}

function reply(message: HostReply): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) resolve();
    else
      process.send(message, () => {
        resolve();
      });
  });
}

function loadProgramSdk(programDir: string): {
  pulumi: PulumiModule;
  sdk: ProgramSdk;
  waitForRPCs: () => Promise<void>;
} {
  const fromProgram = createRequire(join(programDir, "package.json"));
  const pulumiDir = join(fromProgram.resolve("@pulumi/pulumi/package.json"), "..");
  const fromPulumi = createRequire(join(pulumiDir, "package.json"));
  const settings = fromPulumi("./runtime/settings") as {
    getMonitor(): unknown;
    waitForRPCs(): Promise<void>;
  };
  const rpc = fromPulumi("./runtime/rpc") as Pick<
    ProgramSdk,
    "deserializeProperties" | "serializeProperties"
  >;
  const resourceProto = fromPulumi("./proto/resource_pb") as Pick<
    ProgramSdk,
    "RegisterResourceResponse"
  >;
  const { Struct } = fromPulumi("google-protobuf/google/protobuf/struct_pb") as Pick<
    ProgramSdk,
    "Struct"
  >;
  return {
    pulumi: fromPulumi("./index.js") as PulumiModule,
    waitForRPCs: () => settings.waitForRPCs(),
    sdk: {
      getMonitor: () => settings.getMonitor(),
      deserializeProperties: (s) => rpc.deserializeProperties(s),
      serializeProperties: (l, p) => rpc.serializeProperties(l, p),
      RegisterResourceResponse: resourceProto.RegisterResourceResponse,
      Struct,
    },
  };
}

/** Runs the entry like the Node.js language host: require it, call it if it is a function. */
async function runEntry(entry: string): Promise<unknown> {
  const programExport: unknown = createRequire(entry)(entry);
  return programExport instanceof Function
    ? await (programExport as () => unknown)()
    : programExport;
}

async function run(request: HostRequest): Promise<RegisteredResource[]> {
  const { stack } = request;
  registerTypeScript(request.programDir);
  const { pulumi, sdk, waitForRPCs } = loadProgramSdk(request.programDir);
  const fromProgram = createRequire(join(request.programDir, "package.json"));
  const packageRoot = (pkg: string) => {
    try {
      return dirname(fromProgram.resolve(`@pulumi/${pkg}/package.json`));
    } catch {
      return undefined;
    }
  };
  const fieldsOf = (token: string) => resultFields(token, packageRoot);
  pulumi.runtime.setAllConfig({ ...stack.config }, [...stack.secretKeys]);
  const mocks = {
    newResource: () => ({ id: undefined, state: {} }),
    call: (args: { token: string; inputs: Record<string, unknown> }) =>
      answerInvoke(args.token, args.inputs, stack.config, fieldsOf),
  };
  await pulumi.runtime.setMocks(
    mocks,
    stack.project,
    stack.stack,
    stack.dryRun,
    stack.organization,
  );
  const records = captureRegistrations(sdk, stack);
  await pulumi.runtime.runInPulumiStack(() => runEntry(request.entry));
  await waitForRPCs();
  return records;
}

let failed = false;
const fail = (error: unknown) => {
  if (failed) return;
  failed = true;
  const failure = describeProgramFailure(error, process.cwd());
  void reply({ kind: "failed", failure }).then(() => process.exit(1));
};
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

process.once("message", (request: HostRequest) => {
  process.chdir(request.programDir);
  // Like the Node.js language host, the program has finished only when its event loop is empty:
  // a promise it did not await can still reject, and that fails the run. The IPC channel must
  // not keep the loop alive itself, so it is unreferenced until the reply.
  process.channel?.unref();
  let resources: RegisteredResource[] | undefined;
  run(request).then((registered) => {
    resources = registered;
  }, fail);
  process.once("beforeExit", () => {
    if (failed) return;
    if (resources === undefined) {
      fail(new Error("the program's event loop emptied before it finished registering resources"));
      return;
    }
    void reply({ kind: "done", resources }).then(() => process.exit(0));
  });
});
