// Shared fakes for the client unit tests.
import type { Task } from "@/lib/kling/schemas";

export function task(overrides: Partial<Task> = {}): Task {
  return {
    task_id: "t-1",
    task_status: "submitted",
    task_status_msg: "",
    task_info: { external_task_id: "mb-1" },
    created_at: 1_700_000_000_000,
    updated_at: 1_700_000_000_000,
    ...overrides,
  };
}

export function envelope(data: unknown, extra: Record<string, unknown> = {}) {
  return { code: 0, message: "SUCCEED", request_id: "req-1", data, ...extra };
}

type Route = (url: string, init: RequestInit | undefined) => Response | Promise<Response>;

/** A fetch that records calls and answers through `route`. */
export function fakeFetch(route: Route) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init });
    return route(url, init);
  }) as typeof fetch;
  return { fetch: fn, calls };
}

export const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
