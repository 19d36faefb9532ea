import http from 'node:http';

import { SESSION_COOKIE } from '../api/src/app';

export type HttpReply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * A keep-alive HTTP client for one server on the loopback interface. The API and the ceiling are
 * driven by the same client, so whatever the client costs is the same on both sides of the ratio.
 */
export class LoopbackClient {
  private readonly agent: http.Agent;

  constructor(
    private readonly port: number,
    maxSockets: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  /** POSTs JSON and returns the whole reply; refuses to follow anything off 127.0.0.1. */
  postJson(path: string, payload: unknown, headers: Record<string, string> = {}): Promise<HttpReply> {
    const body = JSON.stringify(payload);
    return this.send(
      'POST',
      path,
      { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers },
      body,
    );
  }

  /** GETs a path (e.g. /metrics) and returns the whole reply. */
  get(path: string, headers: Record<string, string> = {}): Promise<HttpReply> {
    return this.send('GET', path, headers);
  }

  private send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<HttpReply> {
    return new Promise((resolve, reject) => {
      const request = http.request({ host: '127.0.0.1', port: this.port, path, method, agent: this.agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end(body);
    });
  }

  /** Closes the kept-alive sockets, so the servers can stop without waiting for idle timeouts. */
  close(): void {
    this.agent.destroy();
  }
}

type GraphQLReply<TData> = { data?: TData | null; errors?: { message: string; extensions?: { code?: string } }[] };

/** Sends one named GraphQL operation; the data, or an error naming the operation and the API's message. */
export type GraphQLCaller = <TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<TData>;

export function graphqlCaller(client: LoopbackClient, sessionCookie?: string): GraphQLCaller {
  const headers: Record<string, string> = sessionCookie ? { cookie: sessionCookie } : {};
  return async <TData>(query: string, variables?: Record<string, unknown>) => {
    const reply = await client.postJson('/graphql', { query, variables }, headers);
    const parsed = JSON.parse(reply.body) as GraphQLReply<TData>;
    if (reply.status !== 200 || parsed.errors?.length || !parsed.data) {
      const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'operation';
      const detail = parsed.errors?.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ') ?? reply.body.slice(0, 200);
      throw new Error(`GraphQL ${operation} failed (HTTP ${reply.status}): ${detail}`);
    }
    return parsed.data;
  };
}

/** Signs in as the signIn mutation does for the dashboard and returns the session cookie to send with later requests. */
export async function signIn(client: LoopbackClient, email: string, password: string): Promise<string> {
  const reply = await client.postJson('/graphql', {
    query: 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { email role } }',
    variables: { input: { email, password } },
  });
  const setCookie = [reply.headers['set-cookie'] ?? []].flat().join('; ');
  const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(setCookie)?.[1];
  if (reply.status !== 200 || !token) throw new Error(`sign-in as ${email} failed (HTTP ${reply.status}): ${reply.body.slice(0, 300)}`);
  return `${SESSION_COOKIE}=${token}`;
}
