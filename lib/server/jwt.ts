import "server-only";
// Signs the short-lived JWT the official Kling API wants (kling-api.md section 1) and caches it.
import { SignJWT } from "jose";

const TOKEN_TTL_SECONDS = 1800;
const NBF_SKEW_SECONDS = 5;
const DEFAULT_REFRESH_MARGIN_SECONDS = 300;

export interface JwtSignerOptions {
  accessKey: string;
  secretKey: string;
  /** Current time in milliseconds; injectable so tests can move the clock. */
  now?: () => number;
  /** Re-sign when fewer than this many seconds of validity remain (default 300). */
  refreshMarginSeconds?: number;
}

export interface JwtSigner {
  /** A valid token, re-signed when the cached one is close to expiry. */
  token(): Promise<string>;
  /** Forget the cached token, so the next `token()` signs a fresh one (after a 401 from Kling). */
  invalidate(): void;
}

interface CachedToken {
  value: Promise<string>;
  nbf: number;
  exp: number;
}

export function createJwtSigner(options: JwtSignerOptions): JwtSigner {
  const { accessKey, secretKey } = options;
  const now = options.now ?? Date.now;
  const margin = options.refreshMarginSeconds ?? DEFAULT_REFRESH_MARGIN_SECONDS;
  if (!accessKey.trim() || !secretKey.trim()) throw new TypeError("Kling accessKey and secretKey must not be empty");
  if (!(margin >= 0 && margin < TOKEN_TTL_SECONDS)) {
    throw new RangeError(`refreshMarginSeconds must be between 0 and ${TOKEN_TTL_SECONDS - 1}`);
  }
  const key = new TextEncoder().encode(secretKey);
  let cached: CachedToken | undefined;

  function sign(nowSeconds: number): CachedToken {
    const nbf = nowSeconds - NBF_SKEW_SECONDS;
    const exp = nowSeconds + TOKEN_TTL_SECONDS;
    const value = new SignJWT({ iss: accessKey, exp, nbf }).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(key);
    const entry: CachedToken = { value, nbf, exp };
    // A failed signature must not stick in the cache.
    value.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return entry;
  }

  return {
    token() {
      const nowSeconds = Math.floor(now() / 1000);
      // Also re-sign if the clock went back before nbf: Kling would refuse the token (1003).
      if (!cached || cached.exp - nowSeconds < margin || nowSeconds < cached.nbf) cached = sign(nowSeconds);
      return cached.value;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
