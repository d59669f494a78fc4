import { describe, expect, it } from "vitest";
import { capabilityWarnings } from "@/lib/kling/capabilities";
import { BUILTIN_MODELS, MODES } from "@/lib/kling/models";
import { CAMERA_TYPES } from "./camera";
import { EXCLUSIVE_GROUPS } from "./request-body";
import { applySwitch, capabilityAdvice, featureFor, type Advice, type CapabilityContext } from "./suggestions";

const IMAGE2VIDEO_MODELS = BUILTIN_MODELS.map((m) => m.id);
const DURATIONS = ["3", "5", "10", "15"];
/** Advice other than the retired-model notice. */
const mapAdvice = (list: Advice[]) => list.filter((a) => a.code !== "retired");

const ctx = (over: Partial<CapabilityContext> = {}): CapabilityContext => ({
  model: "kling-v2-5-turbo",
  mode: "std",
  duration: "5",
  group: "first_frame",
  cameraType: "simple",
  sound: "off",
  ...over,
});

describe("capability advice", () => {
  it("is silent for a listed combination", () => {
    expect(capabilityAdvice(ctx())).toEqual([]);
    expect(capabilityAdvice(ctx({ model: "kling-v3", mode: "4k", duration: "15" }))).toEqual([]);
    expect(mapAdvice(capabilityAdvice(ctx({ model: "kling-v1-5", mode: "pro", group: "camera" })))).toEqual([]);
  });

  it("says a retired model is retired, with its date and source, and offers the live models that list the feature", () => {
    const [a, ...rest] = capabilityAdvice(ctx({ model: "kling-v2-1" }));
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ field: "model_name", code: "retired", params: { model: "kling-v2-1", since: "2026-09-15" } });
    expect(a?.switches.map((s) => (s.kind === "model" ? s.model : s.kind))).toEqual(["kling-v3", "kling-v2-6", "kling-v2-5-turbo"]);
  });

  it("offers no live switch for the motion brush, which only retired models list", () => {
    const retired = capabilityAdvice(ctx({ model: "kling-v1-5", mode: "pro", group: "motion_brush" }));
    expect(retired).toEqual([expect.objectContaining({ code: "retired", switches: [] })]);
  });

  it("offers the mode that lists first + last frame on kling-v2-5-turbo", () => {
    const [a] = capabilityAdvice(ctx({ group: "first_last_frame" }));
    expect(a?.field).toBe("mode");
    expect(a?.switches).toEqual([{ kind: "combo", mode: "pro" }]);
  });

  it("offers the duration kling-v1 lists for the motion brush", () => {
    const [a] = capabilityAdvice(ctx({ model: "kling-v1", duration: "10", group: "motion_brush" }));
    expect(a).toMatchObject({ field: "duration", switches: [{ kind: "combo", duration: "5" }] });
  });

  it("offers models that list camera control when the model does not", () => {
    const [a] = capabilityAdvice(ctx({ model: "kling-v2-1", group: "camera" }));
    expect(a?.field).toBe("model_name");
    expect(a?.switches).toEqual([{ kind: "model", model: "kling-v1-5", mode: "pro" }]);
  });

  it("offers the simple type when kling-v1-5 gets a camera preset", () => {
    const advice = mapAdvice(capabilityAdvice(ctx({ model: "kling-v1-5", mode: "pro", group: "camera", cameraType: "down_back" })));
    expect(advice).toEqual([expect.objectContaining({ field: "camera_control", switches: [{ kind: "cameraSimple" }] })]);
  });

  it("asks for pro when kling-v2-6 has sound on in std, and warns about sound with a last frame", () => {
    expect(featureFor(ctx({ model: "kling-v2-6", sound: "on" }))).toBe("sound");
    expect(capabilityAdvice(ctx({ model: "kling-v2-6", sound: "on" }))[0]?.switches).toEqual([{ kind: "combo", mode: "pro" }]);
    const withTail = capabilityAdvice(ctx({ model: "kling-v2-6", mode: "pro", sound: "on", group: "first_last_frame" }));
    expect(withTail).toEqual([expect.objectContaining({ field: "sound", switches: [{ kind: "soundOff" }] })]);
  });

  it("every switch it offers clears the warning it is offered for, across the whole map", () => {
    let checked = 0;
    for (const model of IMAGE2VIDEO_MODELS)
      for (const mode of MODES)
        for (const duration of DURATIONS)
          for (const group of EXCLUSIVE_GROUPS)
            for (const cameraType of CAMERA_TYPES) {
              const c = ctx({ model, mode, duration, group, cameraType });
              for (const a of capabilityAdvice(c)) {
                for (const s of a.switches) {
                  const after = applySwitch(c, s);
                  expect(capabilityAdvice(after).some((x) => x.field === a.field && x.code === a.code)).toBe(false);
                  checked++;
                }
              }
            }
    expect(checked).toBeGreaterThan(100);
  });

  it("never offers a switch to a relay-only model", () => {
    const advice = capabilityAdvice(ctx({ model: "kling-v2-master", group: "first_last_frame" }));
    expect(advice[0]?.switches.some((s) => s.kind === "model" && s.model === "kling-v2-5")).toBe(false);
    expect(capabilityWarnings({ model: "kling-v2-master", feature: "first_last_frame" })).toHaveLength(1);
  });
});
