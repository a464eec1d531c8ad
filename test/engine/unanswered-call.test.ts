import * as grpc from "@grpc/grpc-js";
import { AnalyzerService } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { AnalyzerConnection } from "../../src/engine/analyzer-client";
import { EngineError } from "../../src/engine/engine-error";
import { PolicyPackSession } from "../../src/engine/run-policy-pack";
import { specialSigKey } from "../../src/engine/wire";
import { packDir } from "../support/pack-session";
import { resource, rootStack, testStack } from "../support/resources";

// A pack whose SDK throws outside a handler's `try` never answers that request, and lives on.
// Against a fake pack that takes every request and answers none, each call fails with an error
// that names the call, its resource and what the pack printed, instead of waiting forever.

const urn = "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b";
const printed = "Error: Unrecognized signature 'bogus' when unmarshaling resource property";

let server: grpc.Server;
let port: number;
/** The name of each call the fake pack received, and left unanswered. */
const received: string[] = [];

beforeAll(async () => {
  server = new grpc.Server();
  const neverAnswer = (name: string) => () => {
    received.push(name);
  };
  server.addService(AnalyzerService, {
    remediate: neverAnswer("Remediate"),
    analyze: neverAnswer("Analyze"),
    analyzeStack: neverAnswer("AnalyzeStack"),
  });
  port = await new Promise<number>((resolve, reject) => {
    server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, bound) => {
      if (error) reject(error);
      else resolve(bound);
    });
  });
});

afterAll(() => {
  server.forceShutdown();
});

function resourceRequest(): analyzer.AnalyzeRequest {
  const request = new analyzer.AnalyzeRequest();
  request.setType("aws:s3/bucket:Bucket");
  request.setUrn(urn);
  request.setName("b");
  return request;
}

const calls: readonly [string, (connection: AnalyzerConnection) => Promise<unknown>, string][] = [
  ["Remediate", (c) => c.remediate(resourceRequest()), ` for ${urn}`],
  ["Analyze", (c) => c.analyze(resourceRequest()), ` for ${urn}`],
  ["AnalyzeStack", (c) => c.analyzeStack(new analyzer.AnalyzeStackRequest()), ""],
];

it.each(calls)(
  "%s fails with the pack's output when the pack never answers",
  async (name, send, about) => {
    const connection = new AnalyzerConnection(port, {
      answerWithinMs: 200,
      packOutput: () => [printed],
    });
    try {
      const sent = send(connection);
      await expect(sent).rejects.toThrow(EngineError);
      await expect(sent).rejects.toThrow(
        `The policy pack did not answer ${name}${about} within 0.2 s; ` +
          `it may have dropped the request.\nThe policy pack printed:\n${printed}`,
      );
      // The pack had the request: it was silent, not unreachable.
      expect(received).toContain(name);
    } finally {
      connection.close();
    }
  },
  // Without a deadline the call never settles: fail well before jest's own limit.
  15_000,
);

// The real pack, sent inputs its SDK cannot convert (which state files and programs no longer let
// through), drops the Remediate request and prints why: the session says so instead of hanging.
it("a session fails, quoting the pack, when the real pack drops a request", async () => {
  const session = await PolicyPackSession.open({
    packDir,
    stack: testStack,
    answerWithinMs: 5_000,
  });
  try {
    const bucket = resource("aws:s3/bucket:Bucket", "b", {
      tags: { [specialSigKey]: "bogus", owner: "ml" },
    });
    const analysed = session.analyze([rootStack, bucket]);
    await expect(analysed).rejects.toThrow(`did not answer Remediate for ${bucket.urn}`);
    await expect(analysed).rejects.toThrow(printed);
  } finally {
    await session.close();
  }
}, 30_000);
