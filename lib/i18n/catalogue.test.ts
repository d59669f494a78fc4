// Nothing missing, nothing stale: every language has every key of en.ts with the same kind, every message renders,
// and the Chinese text uses Kling's terms and no stray English.
import { describe, expect, it } from "vitest";
import { GLOSSARY, strayLatin } from "./glossary";
import { en as coreEn } from "./en";
import { FEATURE_NAMES } from "./features/all";
import { getMessages, MESSAGES } from "./messages";

// Every word of each language: the core catalogue and the feature catalogues (lib/i18n/features/), as the server has them.
const { en, zh } = MESSAGES;

type Leaf = { path: string; value: unknown };

function leaves(node: unknown, prefix = ""): Leaf[] {
  if (node !== null && typeof node === "object" && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
  }
  return [{ path: prefix, value: node }];
}

// Sample arguments, tried one set at a time with every parameter the same: numbers, text, dates, lists, flags.
const SAMPLES: unknown[] = [0, 1, 2, 7, "样例", new Date(Date.UTC(2026, 11, 2, 9, 5)), ["甲", "乙"], true, false, null,
  // The parameter object that issue-code messages take.
  { model: "kling-v3", models: "kling-v3", max: 6, shot: 1, total: 10, sum: 12 },
  // Listed capability combinations, grouped (advice.combos).
  [{ modes: ["标准模式", "高品质模式"], seconds: [3, 4, 5] }, { modes: [], seconds: [5, 10] }],
  // The field codes' params (lib/kling/field-codes.ts), as the shared rules send them.
  { values: '"5", "10"', example: "5", min: 3, max: 15, width: 1280, height: 720, x: 1300, y: 10, got: "gif", bytes: 11 * 2 ** 20,
    maskWidth: 640, maskHeight: 360, set: "pan,zoom", preset: "down_back", model: "kling-v1-5", feature: "运镜", combos: "标准模式 5 秒", shape: "x, y" },
  // The configuration notices' params (lib/server/config-notice.ts).
  { name: "KLING_SIMULATOR_TASK_MS", set: "KLING_ACCESS_KEY", missing: "KLING_SECRET_KEY", min: 32, errno: "ENOENT", count: 2 },
];
// A sample that did not fit: interpolated as "null", "NaN", a Date's toString ("… GMT+0000 …") or "[object …]".
const DIRTY = /\b(?:undefined|null|NaN|true|false|Invalid Date)\b|\[object |GMT[+-]\d{4}|\[native code\]/;

type Fn = (...args: unknown[]) => unknown;

/** Every output a message function gives for the sample sets it accepts (those that do not throw). */
function outputs(fn: Fn): { sample: unknown; text: unknown }[] {
  const results: { sample: unknown; text: unknown }[] = [];
  for (const sample of SAMPLES) {
    try {
      results.push({ sample, text: fn(...Array.from({ length: Math.max(1, fn.length) }, () => sample)) });
    } catch {
      // This sample does not fit the parameters; another one will.
    }
  }
  return results;
}

const clean = (text: unknown): text is string => typeof text === "string" && text.trim() !== "" && !DIRTY.test(text);

/** Every text a catalogue can show: its strings, and what its functions return for clean sample arguments. */
function texts(messages: object): { path: string; text: string }[] {
  return leaves(messages).flatMap(({ path, value }) =>
    typeof value === "function"
      ? outputs(value as Fn)
          .filter((o) => clean(o.text))
          .map((o) => ({ path, text: o.text as string }))
      : typeof value === "string"
        ? [{ path, text: value }]
        : [],
  );
}

const enLeaves = leaves(en);
const others = Object.entries(MESSAGES).filter(([locale]) => locale !== "en");

describe("every catalogue has the shape of en.ts", () => {
  it("registers at least one language besides English", () => {
    expect(others.map(([locale]) => locale)).toContain("zh");
  });

  it("falls back to English for a locale it does not have", () => {
    expect(getMessages("fr")).toBe(en);
    expect(getMessages("zh")).toBe(zh);
  });

  it("keeps each word in one catalogue: a feature's words are not in the core one", () => {
    expect(FEATURE_NAMES.filter((name) => name in coreEn)).toEqual([]);
    expect(FEATURE_NAMES.filter((name) => !(name in en))).toEqual([]);
  });

  it.each(others)("%s has exactly the keys of en", (_locale, messages) => {
    const paths = leaves(messages).map((l) => l.path);
    const expected = enLeaves.map((l) => l.path);
    expect({ missing: expected.filter((p) => !paths.includes(p)), extra: paths.filter((p) => !expected.includes(p)) }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it.each(others)("%s has a string where en has a string and a function of the same arity where en has a function", (_l, messages) => {
    const byPath = new Map(leaves(messages).map((l) => [l.path, l.value]));
    const mismatches = enLeaves.filter(({ path, value }) => {
      const other = byPath.get(path);
      if (typeof value !== typeof other) return true;
      return typeof value === "function" && (value as Fn).length !== (other as Fn).length;
    });
    expect(mismatches.map((m) => m.path)).toEqual([]);
  });

  it.each(Object.entries(MESSAGES))("%s has no empty strings", (_l, messages) => {
    const empty = leaves(messages).filter((l) => typeof l.value === "string" && l.value.trim() === "");
    expect(empty.map((l) => l.path)).toEqual([]);
  });

  it.each(others)("%s: every function gives a non-empty string for the sample arguments English accepts", (_l, messages) => {
    const byPath = new Map(leaves(messages).map((l) => [l.path, l.value]));
    const problems: string[] = [];
    for (const { path, value } of enLeaves) {
      if (typeof value !== "function") continue;
      const good = outputs(value as Fn).filter((o) => clean(o.text));
      if (good.length === 0) problems.push(`${path}: no sample argument set renders in en`);
      const other = byPath.get(path) as Fn;
      for (const { sample } of good) {
        let result: unknown;
        try {
          result = other(...Array.from({ length: Math.max(1, other.length) }, () => sample));
        } catch (error) {
          result = error;
        }
        if (!clean(result)) problems.push(`${path} (${String(sample)}): ${String(result)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("the Chinese catalogue", () => {
  const zhTexts = texts(zh);
  const enText = texts(en)
    .map((t) => t.text)
    .join("\n")
    .toLowerCase();
  const zhText = zhTexts.map((t) => t.text).join("\n");

  it("shows no English words beyond brand names, formats and API field names", () => {
    const offenders = zhTexts.flatMap(({ path, text }) => {
      const words = strayLatin(text);
      return words.length > 0 ? [`${path}: ${words.join(" ")}`] : [];
    });
    expect([...new Set(offenders)]).toEqual([]);
  });

  it("uses the glossary's term wherever the English text uses the English one", () => {
    const missing = GLOSSARY.filter((g) => enText.includes(g.en.toLowerCase()) && !zhText.includes(g.zh)).map((g) => `${g.en} → ${g.zh}`);
    expect(missing).toEqual([]);
  });

  it("avoids the renderings the glossary rules out", () => {
    const found = GLOSSARY.flatMap((g) => (g.avoid ?? []).filter((a) => zhText.includes(a)).map((a) => `${a} (use ${g.zh})`));
    expect(found).toEqual([]);
  });

  it("uses Chinese punctuation, not ASCII quotes, around quoted words", () => {
    const straight = zhTexts.filter(({ text }) => /"[^"]*[\u4e00-\u9fff][^"]*"/.test(text)).map((t) => t.path);
    expect(straight).toEqual([]);
  });

  it("formats numbers and dates for zh-CN", () => {
    expect(zh.composer.prompt.counter(12345, 2500)).toBe("12,345 / 2,500");
    expect(zh.composer.duration.option("10")).toBe("10秒");
    expect(zh.jobs.createdAt(new Date(2026, 11, 2, 9, 5))).toBe("12月2日 09:05");
    expect(zh.budget.of(3 * 1024 * 1024, 4.5 * 1024 * 1024)).toBe("3.0 MB，上限 4.5 MB");
  });
});
