import { beforeAll, describe, expect, it } from "vitest";
import { forwardableAsSent } from "./create-check";
import { createTask, type GatewayResult, type TaskBackend } from "./gateway";
import { pngBase64 } from "@/lib/testing/images";

// The create is forwarded as the bytes that arrived, unless those bytes could be read two ways.
function recordingBackend() {
  const sent: { body: unknown; raw?: Uint8Array }[] = [];
  const ok: GatewayResult = { status: 200, envelope: { code: 0, message: "SUCCEED", request_id: "r", data: { task_id: "t" } } };
  const backend: TaskBackend = {
    async createTask(_kind, body, raw) {
      sent.push({ body, raw });
      return ok;
    },
    async getTask() {
      return ok;
    },
    async listTasks() {
      return ok;
    },
  };
  return { backend, sent };
}

const deps = (backend: TaskBackend) => ({ config: { bodyLimitBytes: 8 * 1024 * 1024, problems: [] }, backend });
const post = (text: string | Uint8Array) =>
  new Request("http://app.test/api/kling/v1/videos/image2video", { method: "POST", headers: { "content-type": "application/json" }, body: text as unknown as BodyInit });

let frame: string;
beforeAll(async () => {
  frame = await pngBase64(640, 360);
});

describe("gateway forwarding", () => {
  it("passes on the exact bytes that arrived (spacing, order and escapes kept)", async () => {
    const { backend, sent } = recordingBackend();
    const text = `{ "prompt" : "a \\"quoted\\" boat \\u00e9\\\\",\n  "image": "${frame}", "duration":"5" }`;
    const res = await createTask(deps(backend), "image2video", post(text));
    expect(res.status).toBe(200);
    expect(Buffer.from(sent[0]!.raw!).toString("utf8")).toBe(text);
    expect(sent[0]!.body).toEqual(JSON.parse(text));
  });

  it("serialises again when a key is repeated (JSON.parse keeps the last, another parser the first)", async () => {
    const { backend, sent } = recordingBackend();
    const text = `{"prompt":"first","image":"${frame}","prompt":"second"}`;
    const res = await createTask(deps(backend), "image2video", post(text));
    expect(res.status).toBe(200);
    expect(sent[0]!.body).toEqual({ prompt: "second", image: frame });
    expect(Buffer.from(sent[0]!.raw!).toString("utf8")).toBe(JSON.stringify({ prompt: "second", image: frame }));
  });

  it("serialises again when the bytes are not UTF-8", async () => {
    const { backend, sent } = recordingBackend();
    const head = Buffer.from(`{"prompt":"caf`);
    const tail = Buffer.from(`","image":"${frame}"}`);
    const arrived = Buffer.concat([head, Buffer.from([0xe9]), tail]);
    const res = await createTask(deps(backend), "image2video", post(arrived));
    expect(res.status).toBe(200);
    const forwarded = Buffer.from(sent[0]!.raw!);
    expect(forwarded.equals(arrived)).toBe(false);
    expect(forwarded.toString("utf8")).toBe(JSON.stringify(sent[0]!.body));
  });

  it("counts keys inside nested objects and arrays, and ignores colons inside strings", () => {
    const ok = `{"a":{"b":[{"c":1},{"d":"x\\":y"}]},"e":"f:g"}`;
    expect(forwardableAsSent(Buffer.from(ok), ok, JSON.parse(ok))).toBe(true);
    const dup = `{"a":[{"c":1,"c":2}]}`;
    expect(forwardableAsSent(Buffer.from(dup), dup, JSON.parse(dup))).toBe(false);
    const escapedBackslash = `{"a\\\\":1,"b":"\\\\"}`;
    expect(forwardableAsSent(Buffer.from(escapedBackslash), escapedBackslash, JSON.parse(escapedBackslash))).toBe(true);
  });
});

// The body is read from the request as chunks: one chunk holding all of it (Next's replay behind proxy.ts) is kept
// without a copy; any other split is joined. Every split must give the same bytes, and the limit must hold.
describe("gateway body reading", () => {
  const streamed = (chunks: Uint8Array[], length?: number) =>
    new Request("http://app.test/api/kling/v1/videos/image2video", {
      method: "POST",
      headers: { "content-type": "application/json", ...(length === undefined ? {} : { "content-length": String(length) }) },
      body: new ReadableStream<Uint8Array>({
        start(c) {
          for (const chunk of chunks) c.enqueue(chunk);
          c.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
  const splits = (bytes: Uint8Array, n: number) => {
    const size = Math.ceil(bytes.length / n);
    return Array.from({ length: n }, (_, i) => bytes.slice(i * size, (i + 1) * size));
  };
  let text: string;
  let bytes: Uint8Array;
  beforeAll(() => {
    text = JSON.stringify({ prompt: "p", image: frame });
    bytes = new Uint8Array(Buffer.from(text));
  });

  const forwards = async (req: Request) => {
    const { backend, sent } = recordingBackend();
    const res = await createTask({ ...deps(backend), pool: null }, "image2video", req);
    return { status: res.status, raw: sent[0]?.raw ? Buffer.from(sent[0].raw).toString("utf8") : undefined };
  };

  it("gives the same bytes for one whole chunk, many chunks, an empty chunk, and no declared length", async () => {
    expect(await forwards(streamed([bytes.slice()], bytes.length))).toEqual({ status: 200, raw: text });
    expect(await forwards(streamed(splits(bytes, 7), bytes.length))).toEqual({ status: 200, raw: text });
    expect(await forwards(streamed([bytes.slice(), new Uint8Array(0)], bytes.length))).toEqual({ status: 200, raw: text });
    expect(await forwards(streamed(splits(bytes, 3)))).toEqual({ status: 200, raw: text });
  });

  it("keeps a whole chunk that is a view into a larger buffer intact (copied, not moved)", async () => {
    const big = new Uint8Array(bytes.length + 10);
    big.set(bytes, 5);
    expect(await forwards(streamed([big.subarray(5, 5 + bytes.length)], bytes.length))).toEqual({ status: 200, raw: text });
  });

  it("refuses bytes that do not match the declared length as JSON would, and never forwards them", async () => {
    // Fewer bytes than declared: the JSON is cut short.
    expect(await forwards(streamed([bytes.slice(0, bytes.length - 2)], bytes.length))).toMatchObject({ status: 400, raw: undefined });
    // More than declared (a whole first chunk, then extra bytes): all of them are read, and the extra breaks the JSON.
    expect(await forwards(streamed([bytes.slice(), new Uint8Array(Buffer.from("xx"))], bytes.length))).toMatchObject({ status: 400, raw: undefined });
  });

  it("refuses a stream past the limit with 413 even when the length it declared is small", async () => {
    const { backend, sent } = recordingBackend();
    const res = await createTask(
      { config: { bodyLimitBytes: 1024, problems: [] }, backend, pool: null },
      "image2video",
      streamed(splits(bytes, 4), 10),
    );
    expect(res.status).toBe(413);
    expect(sent).toHaveLength(0);
  });
});
