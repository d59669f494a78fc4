// The cross-field rules of kling-api.md section 4 that depend on the model's data: one function that the
// browser, the gateway and the simulator all run through the shared schema. Each issue carries a code and
// params so the browser can word it; the English message is for API callers and logs.
import { findModel, type Catalog } from "./builtin-catalog";
import { MAX_SHOT_PROMPT_CHARS, MAX_SHOTS, MIN_SHOT_SECONDS } from "./limits";
import type { ModelInfo } from "./models";

export interface RuleIssue {
  path: (string | number)[];
  message: string;
  code: string;
  params?: Record<string, string | number>;
}

/** The fields these rules read, each of its own type: see `ruleBodyOf`. */
export interface RuleBody {
  model_name?: string;
  prompt?: string;
  mode?: string;
  duration?: string;
  cfg_scale?: number;
  sound?: "on" | "off";
  voice_list?: unknown[];
  multi_shot?: boolean;
  shot_type?: "customize" | "intelligence";
  /** A shot of the wrong shape is null: its own schema check names it, and these rules skip it. */
  multi_prompt?: ({ index: number; prompt: string; duration: string } | null)[];
  element_list?: unknown[];
}

const str = (v: unknown) => (typeof v === "string" ? v : undefined);
const isShot = (s: unknown): s is { index: number; prompt: string; duration: string } =>
  typeof s === "object" && s !== null && typeof (s as { prompt?: unknown }).prompt === "string" &&
  typeof (s as { duration?: unknown }).duration === "string";

/**
 * The rule fields of a raw body, each kept only when it has its own type. The schema runs these rules even when a
 * field failed its own check (that check already names it), so a wrongly typed field must not reach them.
 */
export function ruleBodyOf(raw: Record<string, unknown>): RuleBody {
  const sound = raw.sound === "on" || raw.sound === "off" ? raw.sound : undefined;
  const shotType = raw.shot_type === "customize" || raw.shot_type === "intelligence" ? raw.shot_type : undefined;
  const shots = Array.isArray(raw.multi_prompt) ? raw.multi_prompt.map((s) => (isShot(s) ? s : null)) : undefined;
  return {
    model_name: str(raw.model_name),
    prompt: str(raw.prompt),
    mode: str(raw.mode),
    duration: str(raw.duration),
    cfg_scale: typeof raw.cfg_scale === "number" ? raw.cfg_scale : undefined,
    sound,
    voice_list: Array.isArray(raw.voice_list) ? raw.voice_list : undefined,
    multi_shot: typeof raw.multi_shot === "boolean" ? raw.multi_shot : undefined,
    shot_type: shotType,
    multi_prompt: shots,
    element_list: Array.isArray(raw.element_list) ? raw.element_list : undefined,
  };
}

const listing = (catalog: Catalog, has: (m: ModelInfo) => boolean) =>
  catalog.models.filter(has).map((m) => m.id).join(", ") || "no model";

export const lists4k = (m: ModelInfo | undefined) =>
  m !== undefined && Object.values(m.features).some((f) => f?.modes.includes("4k"));

function shotRules(body: RuleBody, out: RuleIssue[]) {
  const shots = body.multi_prompt ?? [];
  if (shots.length < 1 || shots.length > MAX_SHOTS) {
    out.push({ path: ["multi_prompt"], code: "shots.count", params: { max: MAX_SHOTS }, message: `must have 1 to ${MAX_SHOTS} shots` });
  }
  const total = Number(body.duration ?? "5");
  let sum = 0;
  let wholeSeconds = true;
  shots.forEach((s, i) => {
    if (s === null) {
      wholeSeconds = false;
      return;
    }
    if (s.prompt.trim().length === 0) {
      out.push({ path: ["multi_prompt", i, "prompt"], code: "shots.promptEmpty", params: { shot: i + 1 }, message: "must not be empty" });
    } else if (s.prompt.length > MAX_SHOT_PROMPT_CHARS) {
      out.push({ path: ["multi_prompt", i, "prompt"], code: "shots.promptLong", params: { shot: i + 1, max: MAX_SHOT_PROMPT_CHARS }, message: `must be at most ${MAX_SHOT_PROMPT_CHARS} characters` });
    }
    const secs = /^\d+$/.test(s.duration) ? Number(s.duration) : NaN;
    if (!Number.isInteger(secs) || secs < MIN_SHOT_SECONDS || secs > total) {
      wholeSeconds = false;
      out.push({
        path: ["multi_prompt", i, "duration"],
        code: "shots.duration",
        params: { shot: i + 1, total },
        message: `must be a whole number of seconds from "${MIN_SHOT_SECONDS}" to the total "${total}", as a string`,
      });
    } else sum += secs;
  });
  if (shots.length > 0 && wholeSeconds && sum !== total) {
    out.push({
      path: ["multi_prompt"],
      code: "shots.sum",
      params: { sum, total },
      message: `shot durations add up to ${sum} s, but duration is ${total} s: they must add up to duration`,
    });
  }
}

export function modelRules(body: RuleBody, catalog: Catalog): RuleIssue[] {
  const out: RuleIssue[] = [];
  const id = body.model_name ?? "kling-v1";
  const model = findModel(catalog, id);
  if (!model) return out; // the model_name enum already names it
  if (body.cfg_scale !== undefined && !model.takesCfgScale) {
    const models = listing(catalog, (m) => m.takesCfgScale);
    out.push({ path: ["cfg_scale"], code: "cfg.model", params: { model: id, models }, message: `is only accepted by ${models}; remove it for ${id}` });
  }
  if (body.mode === "4k" && !lists4k(model)) {
    const models = listing(catalog, lists4k);
    out.push({ path: ["mode"], code: "mode.4k", params: { model: id, models }, message: `"4k" is only listed for ${models}, not ${id}` });
  }
  if (body.sound !== undefined && !model.takesSound) {
    const models = listing(catalog, (m) => m.takesSound);
    out.push({ path: ["sound"], code: "sound.model", params: { model: id, models }, message: `is only accepted by ${models}` });
  }
  if (body.voice_list !== undefined) {
    const models = listing(catalog, (m) => m.takesVoices);
    if (!model.takesVoices) out.push({ path: ["voice_list"], code: "voices.model", params: { model: id, models }, message: `is only accepted by ${models}` });
    else if (body.sound !== "on") out.push({ path: ["voice_list"], code: "voices.sound", message: 'needs sound set to "on"' });
  }
  if (body.element_list !== undefined) {
    const models = listing(catalog, (m) => m.elements);
    if (!model.elements) out.push({ path: ["element_list"], code: "elements.model", params: { model: id, models }, message: `is only accepted by ${models}` });
    if (body.voice_list !== undefined) {
      out.push({ path: ["element_list"], code: "elements.voices", message: "cannot be combined with voice_list: use elements or voices, not both" });
    }
  }
  const customize = body.multi_shot === true && body.shot_type === "customize";
  if (body.multi_shot === true) {
    if (!model.multiShot) {
      const models = listing(catalog, (m) => m.multiShot);
      out.push({ path: ["multi_shot"], code: "shots.model", params: { model: id, models }, message: `is only accepted by ${models}` });
    }
    if (body.shot_type === undefined) {
      out.push({ path: ["shot_type"], code: "shots.type", message: 'is required when multi_shot is true: "customize" or "intelligence"' });
    }
    if (customize) shotRules(body, out);
  } else if (body.shot_type !== undefined) {
    out.push({ path: ["shot_type"], code: "shots.needMultiShot", message: "is only read when multi_shot is true" });
  }
  if (body.multi_prompt !== undefined && !customize) {
    out.push({ path: ["multi_prompt"], code: "shots.needCustomize", message: 'is only read when multi_shot is true and shot_type is "customize"' });
  }
  if (!customize && (body.prompt === undefined || body.prompt.trim() === "")) {
    const intelligence = body.multi_shot === true && body.shot_type === "intelligence";
    out.push({
      path: ["prompt"],
      code: intelligence ? "prompt.intelligence" : "prompt.required",
      message: intelligence ? 'is required: shot_type "intelligence" plans the shots from it' : 'is required (unless multi_shot is true with shot_type "customize")',
    });
  }
  return out;
}
