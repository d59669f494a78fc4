import { describe, expect, it } from "vitest";
import { adviceForCode, adviceForNotSent, adviceForReason } from "./advice";

describe("failure advice", () => {
  it.each([
    [1000, 401, "", "operatorKeys", "tellOperator"],
    [1004, 401, "token expired", "operatorKeys", "tellOperator"],
    [1002, 401, "The current API does not support AK/SK", "operatorApiKey", "tellOperator"],
    [1100, 429, "", "topUp", "topUp"],
    [1101, 429, "", "topUp", "topUp"],
    [1102, 429, "resource pack used up", "topUp", "topUp"],
    [1103, 403, "", "switchModel", "switchModel"],
    [1200, 400, "", "fixField", "edit"],
    [1201, 400, "duration: must be 5 or 10", "fixField", "edit"],
    [1201, 400, "model_name is not supported", "switchModel", "switchModel"],
    [1203, 404, "model not found", "switchModel", "switchModel"],
    [1203, 404, "task not found", "notFound", "edit"],
    [1300, 400, "", "changeContent", "edit"],
    [1301, 400, "the image did not pass the content-safety check", "changeImage", "edit"],
    [1302, 429, "", "waitRetry", "retry"],
    [1303, 429, "parallel task over resource pack limit", "waitRetry", "retry"],
    [1304, 429, "", "operatorIp", "tellOperator"],
    [5000, 500, "", "waitRetry", "retry"],
    [5001, 503, "", "waitRetry", "retry"],
    [5002, 504, "", "waitRetry", "retry"],
  ])("code %i (HTTP %i, %j) advises %s with next step %s", (code, status, message, key, step) => {
    expect(adviceForCode(code, status, message)).toMatchObject({ key, step });
  });

  it.each([
    ["Simulated failure: the image did not pass the content check", "changeImage"],
    ["Failure to pass the risk control system", "changeContent"],
    ["The prompt contains sensitive words", "changePrompt"],
    ["Image resolution too small", "changeImage"],
    ["Dynamic mask size does not match the image", "fixBrush"],
    ["Insufficient account balance", "topUp"],
    ["Internal error, please try again later", "waitRetry"],
    ["Task timed out", "waitRetry"],
    ["", "unknown"],
    ["something nobody has seen", "unknown"],
  ])("task_status_msg %j advises %s", (reason, key) => {
    expect(adviceForReason(reason).key).toBe(key);
  });

  it("tells a request that never left apart from one our server refused", () => {
    expect(adviceForNotSent({ code: 5000, status: 0, message: "Failed to fetch", reason: "network" }).key).toBe("offline");
    expect(adviceForNotSent({ code: 1000, status: 500, message: "configuration is incomplete", reason: "http" }).key).toBe("neverSent");
  });
});
