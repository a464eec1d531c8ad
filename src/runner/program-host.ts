// The process a Pulumi program runs in under the runner: it loads the program's own
// @pulumi/pulumi, puts it in mock mode, records every registration, runs the program inside a
// root stack resource as `pulumi preview` does, and sends the records to its parent over IPC.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { RegisteredResource } from "../engine/registered-resource.js";
import type * as callbackProto from "@pulumi/pulumi/proto/callback_pb";
import { captureRegistrations, type ProgramSdk } from "./capture-monitor.js";
import type { HostReply, HostRequest } from "./host-protocol.js";
import { resultFields } from "./invoke-result-fields.js";
import { answerInvoke } from "./invoke-results.js";
import { describeProgramFailure } from "./program-failure.js";
import type { TransformSdk } from "./transforms.js";
import { registerTypeScript } from "./typescript-hook.js";

interface CallbacksClientLike {
  invoke(
    request: callbackProto.CallbackInvokeRequest,
    done: (error: Error | null, response?: callbackProto.CallbackInvokeResponse) => void,
  ): void;
  close(): void;
}

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
  const transformProto = fromPulumi("./proto/resource_pb") as TransformSdk;
  const callbackProto = fromPulumi("./proto/callback_pb") as Pick<
    TransformSdk,
    "CallbackInvokeRequest"
  >;
  const { CallbacksClient } = fromPulumi("./proto/callback_grpc_pb") as {
    CallbacksClient: new (target: string, credentials: unknown) => CallbacksClientLike;
  };
  const grpc = fromPulumi("@grpc/grpc-js") as { credentials: { createInsecure(): unknown } };
  return {
    pulumi: fromPulumi("./index.js") as PulumiModule,
    waitForRPCs: () => settings.waitForRPCs(),
    sdk: {
      getMonitor: () => settings.getMonitor(),
      deserializeProperties: (s) => rpc.deserializeProperties(s),
      serializeProperties: (l, p) => rpc.serializeProperties(l, p),
      RegisterResourceResponse: resourceProto.RegisterResourceResponse,
      Struct,
      transforms: {
        TransformRequest: transformProto.TransformRequest,
        TransformResponse: transformProto.TransformResponse,
        TransformResourceOptions: transformProto.TransformResourceOptions,
        TransformInvokeRequest: transformProto.TransformInvokeRequest,
        TransformInvokeResponse: transformProto.TransformInvokeResponse,
        TransformInvokeOptions: transformProto.TransformInvokeOptions,
        CallbackInvokeRequest: callbackProto.CallbackInvokeRequest,
        invokeCallback: (target, request) => {
          // The program's callback server, which its SDK started in this process.
          const client = new CallbacksClient(target, grpc.credentials.createInsecure());
          return new Promise((resolve, reject) => {
            client.invoke(request, (error, response) => {
              client.close();
              if (error || !response) reject(error ?? new Error("no callback response"));
              else resolve(response);
            });
          });
        },
      },
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
  const records = captureRegistrations(sdk, stack, (resource) => {
    void reply({ kind: "registered", resource });
  });
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
    void reply({ kind: "done" }).then(() => process.exit(0));
  });
});
