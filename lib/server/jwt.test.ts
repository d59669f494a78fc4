import { decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { createJwtSigner } from "./jwt";

const ACCESS_KEY = "AkTestAccessKey0123456789abcdef";
const SECRET_KEY = "SkTestSecretKey0123456789abcdef";
const T0 = Date.UTC(2025, 5, 1, 12, 0, 0); // ms
const T0_SECONDS = T0 / 1000;

function clock(start = T0) {
  let t = start;
  return {
    now: () => t,
    advance(seconds: number) {
      t += seconds * 1000;
    },
  };
}

describe("createJwtSigner", () => {
  it("signs an HS256 JWT with exactly the header and claims Kling expects", async () => {
    const c = clock();
    const signer = createJwtSigner({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY, now: c.now });
    const token = await signer.token();

    expect(decodeProtectedHeader(token)).toEqual({ alg: "HS256", typ: "JWT" });
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(SECRET_KEY), {
      currentDate: new Date(T0),
      algorithms: ["HS256"],
    });
    expect(protectedHeader).toEqual({ alg: "HS256", typ: "JWT" });
    expect(payload).toEqual({ iss: ACCESS_KEY, exp: T0_SECONDS + 1800, nbf: T0_SECONDS - 5 });
  });

  it("produces a token that fails verification with another secret", async () => {
    const signer = createJwtSigner({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY, now: () => T0 });
    const token = await signer.token();
    await expect(
      jwtVerify(token, new TextEncoder().encode("another-secret-key"), { currentDate: new Date(T0) }),
    ).rejects.toThrow();
  });

  it("uses Unix seconds, flooring a clock that is between seconds", async () => {
    const signer = createJwtSigner({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY, now: () => T0 + 999 });
    const claims = decodeJwt(await signer.token());
    expect(claims.exp).toBe(T0_SECONDS + 1800);
    expect(claims.nbf).toBe(T0_SECONDS - 5);
  });

  it("returns the cached token while more than five minutes of validity remain", async () => {
    const c = clock();
    const signer = createJwtSigner({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY, now: c.now });
    const first = await signer.token();
    c.advance(1800 - 300); // exactly 300 s left: still good enough
    expect(await signer.token()).toBe(first);
  });

  it("re-signs when less than five minutes of validity remain", async () => {
    const c = clock();
    const signer = createJwtSigner({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY, now: c.now });
    const first = await signer.token();
    c.advance(1800 - 299);
    const second = await signer.token();
    expect(second).not.toBe(first);
    expect(decodeJwt(second).exp).toBe(T0_SECONDS + 1501 + 1800);
  });

  it("honours a configured refresh margin", async () => {
    const c = clock();
    const signer = createJwtSigner({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY, now: c.now, refreshMarginSeconds: 60 });
    const first = await signer.token();
    c.advance(1800 - 60);
    expect(await signer.token()).toBe(first);
    c.advance(1);
    expect(await signer.token()).not.toBe(first);
  });

  it("re-signs when the clock goes back before the cached token's nbf", async () => {
    const c = clock();
    const signer = createJwtSigner({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY, now: c.now });
    const first = await signer.token();
    c.advance(-10);
    const second = await signer.token();
    expect(second).not.toBe(first);
    expect(decodeJwt(second).nbf).toBe(T0_SECONDS - 15);
  });

  it("signs a fresh token after invalidate", async () => {
    const c = clock();
    const signer = createJwtSigner({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY, now: c.now });
    const first = await signer.token();
    c.advance(1);
    signer.invalidate();
    const second = await signer.token();
    expect(second).not.toBe(first);
    expect(decodeJwt(second).exp).toBe(T0_SECONDS + 1 + 1800);
  });

  it("shares one signature between concurrent callers", async () => {
    const signer = createJwtSigner({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY, now: () => T0 });
    const [a, b] = await Promise.all([signer.token(), signer.token()]);
    expect(a).toBe(b);
  });

  it("refuses empty keys and a margin as long as the token's life", () => {
    expect(() => createJwtSigner({ accessKey: "", secretKey: SECRET_KEY })).toThrow(TypeError);
    expect(() => createJwtSigner({ accessKey: ACCESS_KEY, secretKey: "  " })).toThrow(TypeError);
    expect(() => createJwtSigner({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY, refreshMarginSeconds: 1800 })).toThrow(
      RangeError,
    );
  });
});
