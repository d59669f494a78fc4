/**
 * Procedurally renders the bundled sample photos:
 *   public/samples/harbour.jpg      (start frame)
 *   public/samples/harbour-end.jpg  (same scene a little later: boat moved right, sun lower)
 *
 * No external assets: sky, sun, clouds, mountains, hills, a harbour wall, water with
 * reflections, a small sailing boat and film grain are all computed per pixel from a
 * seeded PRNG, then encoded with sharp. Output is deterministic for a given sharp build.
 *
 * Regenerate with:  npx tsx scripts/make-sample.ts
 */
import sharp from "sharp";
import { mkdirSync } from "node:fs";
import path from "node:path";

const W = 1280;
const H = 720;
const HORIZON = Math.round(H * 0.6); // water line
const OUT_DIR = path.join(process.cwd(), "public", "samples");

type RGB = [number, number, number];

// ---------- deterministic noise ----------
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeNoise2D(seed: number) {
  const rand = mulberry32(seed);
  const perm = new Uint8Array(512);
  const p = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 255; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  for (let i = 0; i < 512; i++) perm[i] = p[i & 255]!;
  const vals = new Float32Array(256);
  for (let i = 0; i < 256; i++) vals[i] = rand();
  const fade = (t: number) => t * t * t * (t * (t * 6 - 15) + 10);
  return (x: number, y: number) => {
    const xi = Math.floor(x);
    const yi = Math.floor(y);
    const xf = x - xi;
    const yf = y - yi;
    const X = xi & 255;
    const Y = yi & 255;
    const v00 = vals[perm[X + perm[Y]!]!]!;
    const v10 = vals[perm[X + 1 + perm[Y]!]!]!;
    const v01 = vals[perm[X + perm[Y + 1]!]!]!;
    const v11 = vals[perm[X + 1 + perm[Y + 1]!]!]!;
    const u = fade(xf);
    const v = fade(yf);
    return (v00 * (1 - u) + v10 * u) * (1 - v) + (v01 * (1 - u) + v11 * u) * v; // 0..1
  };
}

const noise = makeNoise2D(1337);
function fbm(x: number, y: number, octaves = 5): number {
  let sum = 0;
  let amp = 0.5;
  let freq = 1;
  let norm = 0;
  for (let i = 0; i < octaves; i++) {
    sum += amp * noise(x * freq + i * 17.3, y * freq - i * 9.1);
    norm += amp;
    amp *= 0.5;
    freq *= 2.03;
  }
  return sum / norm; // ~0..1
}

// ---------- helpers ----------
const clamp = (v: number, lo = 0, hi = 1) => (v < lo ? lo : v > hi ? hi : v);
const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
const mix = (a: RGB, b: RGB, t: number): RGB => [lerp(a[0], b[0], t), lerp(a[1], b[1], t), lerp(a[2], b[2], t)];
const smooth = (e0: number, e1: number, x: number) => {
  const t = clamp((x - e0) / (e1 - e0));
  return t * t * (3 - 2 * t);
};

interface SceneParams {
  sunX: number;
  sunY: number;
  boatX: number;
  /** 0 = afternoon, 1 = later (warmer light) */
  warmth: number;
  grainSeed: number;
}

// ---------- scene layers ----------
function skyColor(x: number, y: number, s: SceneParams): RGB {
  const t = y / HORIZON; // 0 top .. 1 horizon
  const top: RGB = mix([58, 104, 170], [52, 86, 150], s.warmth);
  const mid: RGB = mix([128, 170, 214], [150, 160, 200], s.warmth);
  const low: RGB = mix([244, 210, 170], [252, 184, 128], s.warmth);
  let c = t < 0.55 ? mix(top, mid, smooth(0, 0.55, t)) : mix(mid, low, smooth(0.55, 1, t));

  // sun glow
  const dx = x - s.sunX;
  const dy = y - s.sunY;
  const d = Math.sqrt(dx * dx + dy * dy);
  const glow = Math.exp(-d / 140) * 0.85 + Math.exp(-d / 420) * 0.35;
  c = mix(c, [255, 236, 196], clamp(glow));
  if (d < 34) c = mix(c, [255, 250, 236], smooth(34, 30, d));

  // clouds: stretched fbm, thinner near horizon
  const cn = fbm(x / 260, y / 70, 6);
  const band = smooth(0.05, 0.3, t) * (1 - smooth(0.7, 0.98, t));
  const cov = clamp((cn - 0.52) * 3.2) * band;
  if (cov > 0) {
    const lit = clamp(1 - d / 700);
    const cloudCol: RGB = mix(mix([236, 232, 236], [250, 220, 200], s.warmth), [255, 232, 200], lit * 0.6);
    const shade = fbm(x / 120 + 40, y / 40, 3);
    const cc = mix(cloudCol, [170, 168, 190], clamp((shade - 0.45) * 1.5) * 0.5);
    c = mix(c, cc, cov * 0.85);
  }
  return c;
}

// ridge heights (y coordinate of the top edge of a layer at column x)
function farRidge(x: number) {
  return HORIZON - 150 + (fbm(x / 300, 3.7, 6) - 0.5) * 260 + Math.sin(x / 210) * 18;
}
function midRidge(x: number) {
  return HORIZON - 60 + (fbm(x / 220 + 50, 8.1, 5) - 0.5) * 150 + Math.max(0, (x - 900) / 9);
}
function nearHill(x: number) {
  // headland on the left
  const base = HORIZON - 95 + Math.pow(x / 520, 1.8) * 120 + (fbm(x / 90 + 5, 1.2, 4) - 0.5) * 40;
  return x < 620 ? base : Infinity;
}

function landColor(x: number, y: number, s: SceneParams): RGB | null {
  const haze = mix([240, 214, 190], [250, 196, 150], s.warmth);
  const nh = nearHill(x);
  if (y >= nh) {
    const n = fbm(x / 18, y / 18, 4);
    let c: RGB = mix([44, 70, 46], [70, 96, 52], n);
    // trees texture
    c = mix(c, [24, 44, 30], clamp((fbm(x / 7, y / 7, 3) - 0.55) * 3) * 0.6);
    // warm rim light at top edge
    c = mix(c, [170, 150, 90], clamp(1 - (y - nh) / 14) * 0.5);
    return mix(c, haze, 0.12);
  }
  const mr = midRidge(x);
  if (y >= mr) {
    const n = fbm(x / 40, y / 25, 4);
    let c: RGB = mix([54, 82, 74], [98, 122, 100], n);
    c = mix(c, [40, 62, 58], clamp((fbm(x / 12, y / 12, 3) - 0.55) * 3) * 0.5);
    return mix(c, mix([190, 204, 212], [232, 204, 180], s.warmth), 0.3 + 0.25 * clamp(1 - (y - mr) / 100));
  }
  const fr = farRidge(x);
  if (y >= fr) {
    // ridged noise slanted along the slopes gives gullies and lit/shaded faces
    const dy = y - fr;
    const r1 = 1 - Math.abs(2 * fbm((x + dy * 1.1) / 55, (x - dy * 1.1) / 140, 5) - 1);
    const r2 = 1 - Math.abs(2 * fbm((x - dy * 1.1) / 55 + 31, (x + dy * 1.1) / 140, 5) - 1);
    const r = Math.max(r1, r2 * 0.9);
    const slope = (farRidge(x + 4) - farRidge(x - 4)) / 8; // >0: descending to the right
    const light = clamp(0.5 - slope * 0.5 * Math.exp(-dy / 25) + (r - 0.5) * 1.1);
    let c: RGB = mix([70, 86, 122], [168, 170, 190], light);
    // snow caps on the highest peaks
    const snowline = HORIZON - 170 + (r - 0.5) * 40 + (fbm(x / 25, 2.2, 3) - 0.5) * 20;
    if (y < snowline) c = mix(c, mix([196, 206, 228], [250, 248, 246], light), 0.9 * smooth(0, 6, snowline - y));
    // valley mist thickens toward the bottom of the range
    const mist = 0.2 + 0.4 * smooth(0, 150, y - fr);
    return mix(c, mix([200, 206, 222], [236, 206, 186], s.warmth), mist);
  }
  return null;
}

// harbour wall + lighthouse on the right, sitting on the waterline
function harbourColor(x: number, y: number, s: SceneParams): RGB | null {
  const wallTop = HORIZON - 14;
  if (x > 930 && y >= wallTop && y < HORIZON + 3) {
    const n = fbm(x / 6, y / 6, 3);
    const brick = (Math.floor(x / 16 + (Math.floor(y / 6) % 2) * 0.5) + Math.floor(y / 6)) % 7 === 0 ? 0.85 : 1;
    const c: RGB = mix([120, 110, 100], [150, 136, 120], n);
    return mix(c.map((v) => v * brick) as RGB, mix([240, 214, 190], [250, 196, 150], s.warmth), 0.2);
  }
  // lighthouse
  const lx = 1160;
  const lTop = HORIZON - 120;
  if (y >= lTop && y < wallTop) {
    const halfW = lerp(9, 16, (y - lTop) / (wallTop - lTop));
    if (Math.abs(x - lx) < halfW) {
      const stripe = Math.floor((y - lTop) / 22) % 2 === 0;
      let c: RGB = stripe ? [236, 232, 226] : [186, 52, 46];
      const shade = (x - lx) / halfW; // light from the left (sun)
      c = mix(c, c.map((v) => v * 0.6) as RGB, clamp(shade * 0.8 + 0.2));
      return c;
    }
  }
  if (y >= lTop - 18 && y < lTop && Math.abs(x - lx) < 11) {
    return y < lTop - 12 ? [60, 56, 60] : [255, 232, 160];
  }
  return null;
}

function boatColor(x: number, y: number, s: SceneParams): RGB | null {
  const bx = s.boatX;
  const by = HORIZON + 70; // waterline of the boat
  const lx = x - bx;
  const ly = y - by;
  // hull: trapezoid
  if (ly >= -16 && ly <= 0) {
    const t = (ly + 16) / 16;
    const half = lerp(64, 48, t);
    if (Math.abs(lx) < half) {
      let c: RGB = ly < -12 ? [236, 230, 220] : [40, 62, 96];
      if (lx > half - 8) c = c.map((v) => v * 0.8) as RGB;
      return c;
    }
  }
  // cabin
  if (ly >= -26 && ly < -16 && lx > -30 && lx < 6) return lx > 0 ? [200, 196, 188] : [232, 226, 216];
  // mast
  if (ly >= -120 && ly < -16 && lx >= -4 && lx <= -2) return [70, 60, 54];
  // mainsail (triangle to the right of the mast)
  if (ly >= -114 && ly < -22 && lx > -2) {
    const f = (ly + 114) / 92; // 0 top .. 1 bottom
    if (lx < f * 54) return mix([250, 246, 236], [214, 208, 200], lx / 54);
  }
  // jib (triangle to the left)
  if (ly >= -104 && ly < -20 && lx < -5) {
    const f = (ly + 104) / 84;
    if (-lx < f * 40) return mix([244, 238, 226], [226, 218, 204], -lx / 40);
  }
  return null;
}

// everything above the waterline (used directly, and mirrored for reflections)
function aboveWater(x: number, y: number, s: SceneParams): RGB {
  return boatColor(x, y, s) ?? harbourColor(x, y, s) ?? landColor(x, y, s) ?? skyColor(x, y, s);
}

function waterColor(x: number, y: number, s: SceneParams): RGB {
  const depth = (y - HORIZON) / (H - HORIZON); // 0..1
  // ripples: horizontal offsets, stronger close to the camera
  const ripple = (fbm(x / 80, y / 3.5, 4) - 0.5) * (6 + depth * 30);
  const rx = x + ripple;
  // reflection of the scene about the water line (boat mirrored about its own waterline)
  const boatLine = HORIZON + 70;
  let refl: RGB | null = null;
  if (y > boatLine) {
    const bym = boatLine - (y - boatLine) * 0.9;
    refl = boatColor(rx, bym, s);
  }
  const my = HORIZON - (y - HORIZON) * 1.05 - 2 + (fbm(x / 40, y / 2.5, 3) - 0.5) * (4 + depth * 24);
  const base = refl ?? harbourColor(rx, my, s) ?? landColor(rx, my, s) ?? skyColor(rx, Math.max(0, my), s);
  const deep: RGB = mix([30, 66, 96], [40, 62, 88], s.warmth);
  let c = mix(base, deep, (refl ? 0.2 : 0.34) + depth * 0.4);
  // faint horizontal wave bands
  c = mix(c, [200, 220, 235], clamp((fbm(x / 300, y / 1.8, 3) - 0.6) * 2) * 0.25);
  // sun glitter path
  const sx = Math.abs(x - s.sunX) / (40 + depth * 260);
  const glitter = fbm(x / 6, y / 1.6, 2);
  const path_ = Math.exp(-sx * sx) * smooth(0.55, 0.8, glitter);
  c = mix(c, [255, 240, 200], clamp(path_ * 0.9));
  // small wake behind the boat
  const wy = y - (boatLine + 2);
  const wx = s.boatX - 60 - x;
  if (wy >= 0 && wy < 10 && wx > 0 && wx < 220 && wy < 2 + wx * 0.04) {
    c = mix(c, [230, 236, 240], 0.35 * (1 - wx / 220) * smooth(0.4, 0.7, fbm(x / 5, y / 2, 2)));
  }
  // boat shadow/contact line
  if (Math.abs(y - boatLine - 1) < 2 && Math.abs(x - s.boatX) < 50) c = mix(c, [20, 34, 50], 0.5);
  return c;
}

function render(s: SceneParams): Buffer {
  const buf = Buffer.alloc(W * H * 3);
  const grain = mulberry32(s.grainSeed);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const c = boatColor(x, y, s) ?? (y < HORIZON ? aboveWater(x, y, s) : waterColor(x, y, s));
      // vignette
      const vx = (x - W / 2) / (W / 2);
      const vy = (y - H / 2) / (H / 2);
      const v = 1 - 0.22 * Math.pow(clamp((vx * vx + vy * vy) / 2), 1.2);
      // film grain
      const g = (grain() - 0.5) * 10;
      const i = (y * W + x) * 3;
      buf[i] = clamp((c[0] * v + g) / 255) * 255;
      buf[i + 1] = clamp((c[1] * v + g) / 255) * 255;
      buf[i + 2] = clamp((c[2] * v + g) / 255) * 255;
    }
  }
  return buf;
}

async function write(file: string, s: SceneParams) {
  const raw = render(s);
  const out = path.join(OUT_DIR, file);
  await sharp(raw, { raw: { width: W, height: H, channels: 3 } })
    .jpeg({ quality: 85, mozjpeg: true, chromaSubsampling: "4:2:0" })
    .toFile(out);
  const meta = await sharp(out).metadata();
  console.log(`wrote ${path.relative(process.cwd(), out)} ${meta.width}x${meta.height}`);
}

async function main() {
  mkdirSync(OUT_DIR, { recursive: true });
  await write("harbour.jpg", { sunX: 420, sunY: 190, boatX: 560, warmth: 0, grainSeed: 7 });
  await write("harbour-end.jpg", { sunX: 440, sunY: 262, boatX: 690, warmth: 0.6, grainSeed: 7 });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
