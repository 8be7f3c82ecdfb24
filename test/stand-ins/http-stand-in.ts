/** A tiny HTTP server on 127.0.0.1:0 for provider stand-ins: records requests, injects faults. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the stand-in received. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** A canned answer used instead of the normal handler (fault injection). */
export interface Fault {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

/** What a handler returns. */
export interface Reply {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

/** A running stand-in. */
export interface StandIn {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Faults answered, in order, to the next requests whose path matches. */
  readonly faults: { match: RegExp; fault: Fault }[];
  close(): Promise<void>;
}

/** Starts a stand-in whose `handle` answers every request not taken by a fault. */
export async function startStandIn(handle: (request: RecordedRequest) => Reply | Promise<Reply>): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const faults: { match: RegExp; fault: Fault }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const index = faults.findIndex((entry) => entry.match.test(url.pathname));
      const answer = async (): Promise<Reply> => {
        if (index === -1) return handle(recorded);
        const [taken] = faults.splice(index, 1);
        return taken!.fault;
      };
      answer().then(
        (reply) => send(res, reply),
        (error: unknown) => send(res, { status: 500, body: { error: String(error) } }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    faults,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function send(res: ServerResponse, reply: Reply): void {
  const isJson = reply.body !== undefined && typeof reply.body !== 'string';
  res.writeHead(reply.status, { ...(isJson ? { 'content-type': 'application/json' } : {}), ...reply.headers });
  res.end(reply.body === undefined ? undefined : isJson ? JSON.stringify(reply.body) : (reply.body as string));
}
