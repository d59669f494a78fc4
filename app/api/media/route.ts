// GET /api/media?url=<result video URL>: streams a finished video from Kling's result hosts, for the browser to keep.
import { getServerConfig } from "@/lib/server/env";
import { fetchMedia } from "@/lib/server/media";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const config = getServerConfig();
  const self = new URL(request.url);
  // The embedded simulator serves its videos from this app, so its own host joins the list then.
  const allowedHosts = config.upstream.kind === "simulator" ? [...config.mediaHosts, self.host] : config.mediaHosts;
  return fetchMedia(self.searchParams.get("url"), {
    allowedHosts,
    maxBytes: config.mediaMaxBytes,
    baseUrl: self.origin,
    timeoutMs: config.timeoutMs * 6,
  });
}
