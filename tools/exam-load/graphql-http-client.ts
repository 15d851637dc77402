import { Agent, request } from 'node:http';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; reason?: string; field?: string } & Record<string, unknown>;
}

export interface GraphqlReply<T> {
  status: number;
  data?: T | null;
  errors?: GraphqlError[];
}

/** A reply with errors (or without data): what the server refused. */
export class GraphqlRefusal extends Error {
  constructor(readonly reply: GraphqlReply<unknown>) {
    super(`HTTP ${reply.status}: ${JSON.stringify(reply.errors ?? reply)}`);
  }

  get code(): string | undefined {
    return this.reply.errors?.[0]?.extensions?.code;
  }

  get reason(): string | undefined {
    return this.reply.errors?.[0]?.extensions?.reason;
  }
}

/**
 * GraphQL over HTTP/1.1 keep-alive connections, as many phones behind one test process: at most `maxSockets`
 * connections to the API, requests queued on them. A network failure (refused, reset, timeout) rejects with the
 * socket's error; a GraphQL error rejects with a GraphqlRefusal.
 */
export class GraphqlHttpClient {
  private readonly agent: Agent;
  private readonly endpoint: URL;

  constructor(
    baseUrl: string,
    maxSockets = 200,
    private readonly timeoutMs = 30_000,
  ) {
    this.endpoint = new URL('/graphql', baseUrl);
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  /** The data of an operation that must succeed. */
  async call<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const reply = await this.post<T>(query, variables, token);
    if (reply.errors?.length || !reply.data) throw new GraphqlRefusal(reply);
    return reply.data;
  }

  post<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<GraphqlReply<T>> {
    const payload = JSON.stringify({ query, variables });
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: this.endpoint.hostname,
          port: this.endpoint.port,
          path: this.endpoint.pathname,
          method: 'POST',
          agent: this.agent,
          timeout: this.timeoutMs,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            try {
              const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<GraphqlReply<T>, 'status'>;
              resolve({ status: res.statusCode ?? 0, ...body });
            } catch (error) {
              reject(error as Error);
            }
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${this.timeoutMs} ms`)));
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
