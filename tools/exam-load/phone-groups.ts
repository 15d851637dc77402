import { GraphqlHttpClient } from './graphql-http-client';

/**
 * Takers in groups of `groupSize` phones, each group with a keep-alive connection pool of its own of at most
 * `socketsPerGroup` connections (phones behind one cell or one office's Wi-Fi), instead of one pool for all.
 */
export class PhoneGroups {
  private readonly clients: GraphqlHttpClient[];

  constructor(
    baseUrl: string,
    readonly takers: number,
    readonly groupSize: number,
    readonly socketsPerGroup: number,
    timeoutMs = 30_000,
  ) {
    const groups = Math.max(1, Math.ceil(takers / groupSize));
    this.clients = Array.from({ length: groups }, () => new GraphqlHttpClient(baseUrl, socketsPerGroup, timeoutMs));
  }

  clientOf(takerIndex: number): GraphqlHttpClient {
    return this.clients[Math.floor(takerIndex / this.groupSize) % this.clients.length] as GraphqlHttpClient;
  }

  get connectionsAtMost(): number {
    return this.clients.length * this.socketsPerGroup;
  }

  close(): void {
    for (const client of this.clients) client.close();
  }
}
