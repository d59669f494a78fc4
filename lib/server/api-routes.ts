// What each /api path is, for the guard: the one table to extend when a route is added.
// Anything under /api not listed here is still gated as a "read" (GET/HEAD) and answers in the envelope.

export type RouteClass = "create" | "read" | "session" | "health";

export interface ApiRoute {
  cls: RouteClass;
  methods: readonly string[];
}

const KIND = "(?:image2video|multi-image2video|[^/]+)";

const TABLE: { pattern: RegExp; route: ApiRoute }[] = [
  { pattern: new RegExp(`^/api/kling/v1/videos/${KIND}/?$`), route: { cls: "create", methods: ["POST", "GET"] } },
  { pattern: new RegExp(`^/api/kling/v1/videos/${KIND}/[^/]+/?$`), route: { cls: "read", methods: ["GET"] } },
  { pattern: /^\/api\/session\/?$/, route: { cls: "session", methods: ["POST", "DELETE"] } },
  { pattern: /^\/api\/health\/?$/, route: { cls: "health", methods: ["GET"] } },
];

/** The route for a (decoded) /api path; unknown paths are reads, answered 404 by the catch-all after the gate. */
export function apiRoute(pathname: string): ApiRoute {
  return TABLE.find((r) => r.pattern.test(pathname))?.route ?? { cls: "read", methods: ["GET", "POST", "PUT", "PATCH", "DELETE"] };
}

/** GET on the create path lists tasks: a read, not a create. */
export function limitKind(route: ApiRoute, method: string): "create" | "poll" | null {
  if (route.cls === "create") return method === "POST" ? "create" : "poll";
  if (route.cls === "read") return "poll";
  return null;
}
