// `access` 的简体中文文本，与 access.en.ts 同形。
import type { AccessMessages } from "./access.en";

export const accessZh: AccessMessages = {
  anonymousHeading: "对所有人开放",
  anonymous:
    "此服务器使用真实的 Kling 密钥，任何能访问它的人都可以发送付费任务并查看所有任务（MOTIONBRUSH_ALLOW_ANONYMOUS=true）。只有所有者设置的限额生效。",
  closedHeading: "已设置 Kling 密钥，但没有允许任何人使用",
  closed: "在运营者选择谁可以使用此服务器之前，所有任务都会被拒绝。请设置以下任一项并重启：",
  closedOptions: [
    { vars: ["MOTIONBRUSH_PASSWORD", "MOTIONBRUSH_SESSION_SECRET"], what: "供人使用的登录页（密钥至少 32 个字符）" },
    { vars: ["MOTIONBRUSH_API_TOKENS"], what: "供脚本和 Kling 客户端使用的令牌，以逗号分隔" },
    { vars: ["MOTIONBRUSH_ALLOW_ANONYMOUS=true"], what: "有意对所有人开放（页面会显示警告）" },
  ],
  and: "和",
  noSecretHeading: "已设置登录，但缺少会话密钥",
  noSecret:
    "已设置 MOTIONBRUSH_PASSWORD，但 MOTIONBRUSH_SESSION_SECRET 缺失或短于 32 个字符，因此所有任务都会被拒绝。请设置一个足够长的随机 MOTIONBRUSH_SESSION_SECRET 并重启。",
  tokensOnly: "此服务器只接受 API 令牌（MOTIONBRUSH_API_TOKENS）；无法从本页发送任务。",
  signedIn: "已登录。",
  signOut: "退出登录",
  signingOut: "正在退出…",
  signInTitle: "登录 Motionbrush",
  signInIntro: "此 Motionbrush 服务器消耗所有者的 Kling 额度，因此需要先输入密码。",
  password: "密码",
  signIn: "登录",
  signingIn: "正在登录…",
  reasons: {
    "wrong-password": "密码不正确。",
    "limit-signIn": (seconds: number) => `失败次数过多，请在 ${Math.ceil(seconds / 60)} 分钟后重试。`,
    "cross-origin": "登录必须从本页面发起。",
    unavailable: "此服务器不提供登录。",
    network: "无法连接服务器。请检查网络后重试。",
  },
};
