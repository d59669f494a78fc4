// A second client on its own thread for the stall figures: it sends the large creates while the bench's thread
// times polls, as another user would. Sent from the polling thread, encoding and writing a 50 MB body blocked that
// thread's own event loop and was counted as server stall (tens of ms per create on this machine).
import { Worker } from "node:worker_threads";

const SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const bodies = new Map(Object.entries(workerData).map(([k, v]) => [k, Buffer.from(v)]));
parentPort.on("message", async ({ id, url, name }) => {
  try {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: bodies.get(name) });
    await res.arrayBuffer();
    parentPort.postMessage({ id, status: res.status });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

export interface Uploader {
  /** Posts the named body to url from the uploader's thread; resolves with the answer's status. */
  send(url: string, name: string): Promise<number>;
  close(): Promise<void>;
}

/** Bodies are encoded to bytes once, in the uploader's thread. */
export function startUploader(bodies: Record<string, string>): Uploader {
  const worker = new Worker(SOURCE, { eval: true, workerData: bodies });
  const waiting = new Map<number, { resolve: (status: number) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.on("message", (m: { id: number; status?: number; error?: string }) => {
    const w = waiting.get(m.id);
    waiting.delete(m.id);
    if (m.status !== undefined) w?.resolve(m.status);
    else w?.reject(new Error(`the uploader's create failed: ${m.error}`));
  });
  return {
    send(url, name) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, url, name });
      });
    },
    close: async () => void (await worker.terminate()),
  };
}
