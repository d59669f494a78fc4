import "server-only";
// How the upstream client sends one HTTP request. By default undici's `request` over a keep-alive pool: a quarter of
// the CPU that `fetch` spends on a poll (its WHATWG Request/Response/stream layers), and a create's bytes written to
// the socket as they are, with no copy. Tests may hand in a `fetch` instead (fetchTransport).
import { Agent, request } from "undici";

export interface TransportInit {
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string | Uint8Array;
  signal: AbortSignal;
}

export interface TransportAnswer {
  status: number;
  /** One header's value, or null (the first, when it came more than once). */
  header(name: string): string | null;
  /** The whole body as text; read inside the caller's timeout. */
  text(): Promise<string>;
}

export type Transport = (url: string, init: TransportInit) => Promise<TransportAnswer>;

// One pool for the process: connections to Kling or the relay are kept open between polls.
let agent: Agent | undefined;
const pool = () => (agent ??= new Agent({ keepAliveTimeout: 10_000, connections: 64 }));

export const undiciTransport: Transport = async (url, init) => {
  const res = await request(url, { method: init.method, headers: init.headers, body: init.body, signal: init.signal, dispatcher: pool() });
  return {
    status: res.statusCode,
    header(name) {
      const v = res.headers[name.toLowerCase()];
      return v === undefined ? null : Array.isArray(v) ? (v[0] ?? null) : v;
    },
    text: () => res.body.text(),
  };
};

/**
 * A `fetch` as a transport. fetch copies a Uint8Array body whole before sending it; a one-chunk stream with its length
 * declared is sent as it is.
 */
export function fetchTransport(fetchFn: typeof fetch): Transport {
  return async (url, init) => {
    const headers = { ...init.headers };
    let body: BodyInit | undefined = init.body as BodyInit | undefined;
    let duplex: "half" | undefined;
    if (init.body instanceof Uint8Array) {
      const bytes = init.body;
      headers["Content-Length"] = String(bytes.byteLength);
      body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      });
      duplex = "half";
    }
    const res = await fetchFn(url, { method: init.method, headers, body, signal: init.signal, ...(duplex ? { duplex } : {}) } as RequestInit);
    return { status: res.status, header: (name) => res.headers.get(name), text: () => res.text() };
  };
}
