import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { MAX_BODY_LIMIT, NODE_BODY_LIMIT, readServerConfig, VERCEL_BODY_LIMIT } from "./env";

describe("server configuration", () => {
  it("runs the simulator with no keys", () => {
    const c = readServerConfig({});
    expect(c.upstream).toEqual({ kind: "simulator" });
    expect(c.problems).toEqual([]);
    expect(c.bodyLimitBytes).toBe(NODE_BODY_LIMIT);
  });
  it("uses the official API with both keys, defaulting to Singapore", () => {
    const c = readServerConfig({ KLING_ACCESS_KEY: "ak", KLING_SECRET_KEY: "sk" });
    expect(c.upstream).toEqual({ kind: "official", baseUrl: "https://api-singapore.klingai.com", accessKey: "ak", secretKey: "sk" });
  });
  it("uses a relay with an API key, keeping its /kling base and dropping a trailing slash", () => {
    const c = readServerConfig({ KLING_API_KEY: "sk-1", KLING_API_BASE_URL: "https://relay.example.com/kling/" });
    expect(c.upstream).toEqual({ kind: "relay", baseUrl: "https://relay.example.com/kling", apiKey: "sk-1" });
  });
  it("treats an API key sent to Kling's own base URL as the official API key, not a relay", () => {
    expect(readServerConfig({ KLING_API_KEY: "key-1" }).upstream).toEqual({
      kind: "official-key",
      baseUrl: "https://api-singapore.klingai.com",
      apiKey: "key-1",
    });
    expect(readServerConfig({ KLING_API_KEY: "key-1", KLING_API_BASE_URL: "https://api-beijing.klingai.com" }).upstream.kind).toBe("official-key");
    expect(readServerConfig({ KLING_API_KEY: "key-1", KLING_API_BASE_URL: "https://api.klingai.com.evil.example" }).upstream.kind).toBe("relay");
  });
  it("names the capability file and the simulator's retirement switch", () => {
    const c = readServerConfig({ MOTIONBRUSH_CAPABILITIES_FILE: " /etc/caps.json ", KLING_SIMULATOR_OFFICIAL_TODAY: "1" });
    expect(c.capabilitiesFile).toBe("/etc/caps.json");
    expect(c.simulatorRetiresModels).toBe(true);
    expect(readServerConfig({}).simulatorRetiresModels).toBe(false);
  });
  it("reports half a key pair without echoing the key", () => {
    const c = readServerConfig({ KLING_ACCESS_KEY: "secret-ak" });
    expect(c.problems).toEqual(["KLING_ACCESS_KEY is set without KLING_SECRET_KEY; both are needed for the official API"]);
    expect(JSON.stringify(c.problems)).not.toContain("secret-ak");
    // The same problem as a code for the page, worded there in its language.
    expect(c.notices).toEqual([{ code: "keys-half", set: "KLING_ACCESS_KEY", missing: "KLING_SECRET_KEY" }]);
    expect(JSON.stringify(c.notices)).not.toContain("secret-ak");
  });
  it("codes a bad variable and a short session secret for the page, naming the variable and never its value", () => {
    const c = readServerConfig({ KLING_SIMULATOR_TASK_MS: "soon", MOTIONBRUSH_PASSWORD: "pw", MOTIONBRUSH_SESSION_SECRET: "tiny-value" });
    expect(c.notices).toEqual([
      { code: "env-invalid", name: "KLING_SIMULATOR_TASK_MS" },
      { code: "session-secret-short", min: 32 },
    ]);
    expect(c.problems).toHaveLength(2);
    expect(JSON.stringify(c.notices)).not.toMatch(/soon|tiny-value|pw/);
    expect(readServerConfig({ MOTIONBRUSH_PASSWORD: "pw" }).notices).toEqual([{ code: "session-secret-missing", min: 32 }]);
    expect(readServerConfig({}).notices).toEqual([]);
  });
  it("takes Vercel's 4.5 MB body limit on Vercel unless configured", () => {
    expect(readServerConfig({ VERCEL: "1" }).bodyLimitBytes).toBe(VERCEL_BODY_LIMIT);
    expect(readServerConfig({ VERCEL: "1", MOTIONBRUSH_BODY_LIMIT_BYTES: "2000000" }).bodyLimitBytes).toBe(2_000_000);
  });
  it("reports a bad number", () => {
    expect(readServerConfig({ KLING_SIMULATOR_TASK_MS: "soon" }).problems[0]).toMatch(/KLING_SIMULATOR_TASK_MS must be an integer/);
  });
});

describe("server configuration: base URL", () => {
  it("reports a base URL that is not an http(s) URL instead of failing later", () => {
    expect(readServerConfig({ KLING_API_KEY: "sk-1", KLING_API_BASE_URL: "http://a:b" }).problems[0]).toMatch(
      /KLING_API_BASE_URL must be an http\(s\) URL/,
    );
  });
  it("fetches media only from Kling's result hosts unless MOTIONBRUSH_MEDIA_HOSTS says otherwise", () => {
    expect(readServerConfig({}).mediaHosts).toEqual(["*.klingai.com", "*.kling.ai"]);
    expect(readServerConfig({ MOTIONBRUSH_MEDIA_HOSTS: " CDN.relay.example , 127.0.0.1:8791" }).mediaHosts).toEqual(["cdn.relay.example", "127.0.0.1:8791"]);
    expect(readServerConfig({ MOTIONBRUSH_MEDIA_HOSTS: "https://x.example/" }).problems[0]).toMatch(/MOTIONBRUSH_MEDIA_HOSTS/);
  });
});

describe("body limits and the proxy", () => {
  it("lets proxy.ts pass bodies as large as the largest limit allowed, so Next never truncates one", () => {
    expect(Number(nextConfig.experimental?.proxyClientMaxBodySize)).toBeGreaterThanOrEqual(MAX_BODY_LIMIT);
    expect(readServerConfig({ MOTIONBRUSH_BODY_LIMIT_BYTES: String(MAX_BODY_LIMIT + 1) }).problems[0]).toMatch(/MOTIONBRUSH_BODY_LIMIT_BYTES/);
  });
});
