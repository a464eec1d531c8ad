import * as grpc from "@grpc/grpc-js";
import { AnalyzerClient } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as analyzer from "@pulumi/pulumi/proto/analyzer_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { EngineError } from "./engine-error.js";

/** gRPC's limit raised as the engine raises it, for stacks with thousands of resources. */
const maxMessageBytes = 400 * 1024 * 1024;

type Unary<Request, Response> = (
  request: Request,
  callback: (error: grpc.ServiceError | null, response: Response) => void,
) => unknown;

/** The Analyzer RPCs the engine makes, as promises. */
export class AnalyzerConnection {
  private readonly client: AnalyzerClient;

  constructor(port: number) {
    this.client = new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
      "grpc.max_receive_message_length": maxMessageBytes,
      "grpc.max_send_message_length": maxMessageBytes,
    });
  }

  private call<Request, Response>(
    name: string,
    method: Unary<Request, Response>,
    request: Request,
  ) {
    return new Promise<Response>((resolve, reject) => {
      method(request, (error, response) => {
        if (error)
          reject(
            Object.assign(new EngineError(`${name} failed: ${error.details || error.message}`), {
              grpcCode: error.code,
            }),
          );
        else resolve(response);
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
    );
  }

  analyze(request: analyzer.AnalyzeRequest) {
    return this.call<analyzer.AnalyzeRequest, analyzer.AnalyzeResponse>(
      "Analyze",
      this.client.analyze.bind(this.client),
      request,
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
