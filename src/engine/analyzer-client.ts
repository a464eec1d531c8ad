import * as grpc from "@grpc/grpc-js";
import { AnalyzerClient } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { callFailure } from "./call-failure.js";

/** gRPC's limit raised as the engine raises it, for stacks with thousands of resources. */
const maxMessageBytes = 400 * 1024 * 1024;

/**
 * How long one call may go unanswered. The pack answers in milliseconds: 5,004 resources sent at
 * once have all their answers within 2 s (BENCHMARKS.md). A request its SDK dropped (an error
 * thrown outside a handler's `try`) is never answered, and the pack lives on, so without a
 * deadline the check would wait forever.
 */
const defaultAnswerWithinMs = 120_000;

export interface ConnectionOptions {
  readonly answerWithinMs?: number | undefined;
  /** What the pack has printed so far, quoted when it did not answer or went away. */
  readonly packOutput?: (() => readonly string[]) | undefined;
}

type Unary<Request, Response> = (
  request: Request,
  metadata: grpc.Metadata,
  options: Partial<grpc.CallOptions>,
  callback: (error: grpc.ServiceError | null, response: Response) => void,
) => unknown;

/** The Analyzer RPCs the engine makes, as promises; none waits for an answer forever. */
export class AnalyzerConnection {
  private readonly client: AnalyzerClient;
  private readonly answerWithinMs: number;
  private readonly packOutput: () => readonly string[];

  constructor(port: number, options: ConnectionOptions = {}) {
    this.client = new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": maxMessageBytes,
      "grpc.max_send_message_length": maxMessageBytes,
    });
    this.answerWithinMs = options.answerWithinMs ?? defaultAnswerWithinMs;
    this.packOutput = options.packOutput ?? (() => []);
  }

  private call<Request, Response>(
    name: string,
    method: Unary<Request, Response>,
    request: Request,
    urn?: string,
  ) {
    const deadline = Date.now() + this.answerWithinMs;
    return new Promise<Response>((resolve, reject) => {
      method(request, new grpc.Metadata(), { deadline }, (error, response) => {
        if (!error) {
          resolve(response);
          return;
        }
        const { answerWithinMs } = this;
        reject(callFailure({ name, urn, error, answerWithinMs, packOutput: this.packOutput() }));
      });
    });
  }

  /** The engine tolerates packs without Handshake (Node packs have none). */
  async handshake(request: analyzer.AnalyzerHandshakeRequest): Promise<void> {
    try {
      await this.call<analyzer.AnalyzerHandshakeRequest, analyzer.AnalyzerHandshakeResponse>(
        "Handshake",
        this.client.handshake.bind(this.client),
        request,
      );
    } catch (error) {
      if ((error as { grpcCode?: number }).grpcCode !== grpc.status.UNIMPLEMENTED) throw error;
    }
  }

  configureStack(request: analyzer.AnalyzerStackConfigureRequest) {
    return this.call<
      analyzer.AnalyzerStackConfigureRequest,
      analyzer.AnalyzerStackConfigureResponse
    >("ConfigureStack", this.client.configureStack.bind(this.client), request);
  }

  getAnalyzerInfo() {
    return this.call<Empty, analyzer.AnalyzerInfo>(
      "GetAnalyzerInfo",
      this.client.getAnalyzerInfo.bind(this.client),
      new Empty(),
    );
  }

  configure(request: analyzer.ConfigureAnalyzerRequest) {
    return this.call<analyzer.ConfigureAnalyzerRequest, Empty>(
      "Configure",
      this.client.configure.bind(this.client),
      request,
    );
  }

  remediate(request: analyzer.AnalyzeRequest) {
    return this.call<analyzer.AnalyzeRequest, analyzer.RemediateResponse>(
      "Remediate",
      this.client.remediate.bind(this.client),
      request,
      request.getUrn(),
    );
  }

  analyze(request: analyzer.AnalyzeRequest) {
    return this.call<analyzer.AnalyzeRequest, analyzer.AnalyzeResponse>(
      "Analyze",
      this.client.analyze.bind(this.client),
      request,
      request.getUrn(),
    );
  }

  analyzeStack(request: analyzer.AnalyzeStackRequest) {
    return this.call<analyzer.AnalyzeStackRequest, analyzer.AnalyzeResponse>(
      "AnalyzeStack",
      this.client.analyzeStack.bind(this.client),
      request,
    );
  }

  close(): void {
    this.client.close();
  }
}
