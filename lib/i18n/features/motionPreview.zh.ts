// `motionPreview` 的简体中文文本，与 motionPreview.en.ts 同形。
import type { MotionPreviewMessages } from "./motionPreview.en";

export const motionPreviewZh: MotionPreviewMessages = {
  open: "预览运动",
  short: "预览",
  canvasLabel: "运动预览",
  badge: "请求的示意",
  note: "这只是请求内容的示意，并非模型的输出：实际如何运动由 Kling 决定。",
  play: "播放",
  pause: "暂停",
  scrubber: "预览时间",
  time: (secs: number, total: number) => `${secs.toFixed(1)} 秒 / ${total} 秒`,
  loop: "循环",
  save: "保存为视频",
  saving: "正在保存…",
  saveFailed: "此浏览器无法把预览编码为视频。",
  close: "返回编辑",
  pointLabel: (region: string, n: number) => `${region} · 第 ${n} 点`,
};
