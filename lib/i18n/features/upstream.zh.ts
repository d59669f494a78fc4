// `upstream` 的简体中文文本，与 upstream.en.ts 同形。
import type { UpstreamMessages } from "./upstream.en";
import { formatNumber } from "../format";

const TAG = "zh-CN";

export const upstreamZh: UpstreamMessages = {
  simulator: "模拟器模式：未配置 Kling 密钥，任务在内置的 Kling 模拟器上运行，不产生任何费用。",
  simulatorTiming: (ms: number) => `每个模拟任务约需 ${formatNumber(TAG, Math.round(ms / 1000))} 秒。`,
  official: "上游：Kling 官方 API。任务费用计入所配置的 Kling 账户。",
  relay: "上游：Kling 中转服务。任务费用由中转服务收取。",
  officialKey: "上游：Kling 官方 API（使用 API 密钥）。任务费用计入所配置的 Kling 账户。",
  capabilitiesHeading: "运营者的能力数据文件未被采用（当前使用内置的模型数据）：",
  problemsHeading: "服务器配置需要处理：",
  notices: {
    "env-invalid": ({ name }) => `${name} 的值无法使用（原因见服务器日志），当前使用默认值。`,
    "keys-half": ({ set, missing }) => `已设置 ${set}，但缺少 ${missing}：使用 Kling 官方 API 需要两者都设置。`,
    "session-secret-missing": ({ min }) =>
      `已设置 MOTIONBRUSH_PASSWORD，但缺少 MOTIONBRUSH_SESSION_SECRET（至少 ${min} 个字符）：设置之前登录功能不可用。`,
    "session-secret-short": ({ min }) =>
      `已设置 MOTIONBRUSH_PASSWORD，但 MOTIONBRUSH_SESSION_SECRET 不足 ${min} 个字符：加长之前登录功能不可用。`,
    "capabilities-unreadable": ({ errno }) =>
      `无法读取 MOTIONBRUSH_CAPABILITIES_FILE（${errno === "ENOENT" ? "文件不存在" : errno === "EACCES" || errno === "EPERM" ? "没有读取权限" : "原因见服务器日志"}）。`,
    "capabilities-not-json": () => "MOTIONBRUSH_CAPABILITIES_FILE 不是有效的 JSON。",
    "capabilities-invalid": ({ count }) => `MOTIONBRUSH_CAPABILITIES_FILE 有 ${count} 处问题（详见服务器日志）。`,
  },
};
