import { describe, expect, it } from "vitest";
import { capabilityWarnings } from "./capabilities";

describe("capability map", () => {
  it("is silent for listed combinations", () => {
    expect(capabilityWarnings({ model: "kling-v1", feature: "motion_brush", mode: "std", duration: "5" })).toEqual([]);
    expect(capabilityWarnings({ model: "kling-v2-master", feature: "plain", duration: "10" })).toEqual([]);
  });
  it("warns on an unlisted duration and lists what is supported", () => {
    const [w] = capabilityWarnings({ model: "kling-v1", feature: "motion_brush", mode: "pro", duration: "10" });
    expect(w?.field).toBe("duration");
    expect(w?.message).toBe("kling-v1 lists the motion brush only as std 5s, pro 5s");
  });
  it("warns on an unlisted mode", () => {
    const [w] = capabilityWarnings({ model: "kling-v1-5", feature: "motion_brush", mode: "std", duration: "5" });
    expect(w?.field).toBe("mode");
  });
  it("names other models when the model lacks the feature", () => {
    const [w] = capabilityWarnings({ model: "kling-v2-1", feature: "camera" });
    expect(w?.field).toBe("model_name");
    expect(w?.otherModels).toEqual(["kling-v1-5"]);
  });
  it("warns on a preset for a simple-only model", () => {
    const ws = capabilityWarnings({ model: "kling-v1-5", feature: "camera", mode: "pro", duration: "5", cameraType: "down_back" });
    expect(ws.map((w) => w.field)).toEqual(["camera_control"]);
  });
});
