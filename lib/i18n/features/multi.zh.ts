// `multi` 的简体中文文本，与 multi.en.ts 同形。
import type { MultiMessages } from "./multi.en";

export const multiZh: MultiMessages = {
  heading: "用多张图片新建视频",
  intro: "1 到 4 张参考图（每张图只放一个主体：Kling 不会裁剪）、一段提示词，以及视频的画面比例。",
  model: (id: string) => `模型 ${id}：唯一支持多张图片的模型。`,
  images: {
    legend: "参考图",
    choose: "添加图片",
    chooseContext: "用于多图参考生视频",
    drop: "或将最多 4 个 PNG、JPEG 文件拖放到这里",
    rules: "每张图每边至少 300 px，宽高比在 1:2.5 到 2.5:1 之间。较大的文件会被压缩到上限以内。",
    sample: "使用两张示例照片",
    sampleName: (n: number) => `示例照片 ${n}（港口）`,
    count: (n: number, max: number) => `${n} / ${max}`,
    remove: (n: number) => `移除图片 ${n}`,
    alt: (n: number) => `参考图 ${n}`,
    reading: "正在读取…",
    full: (max: number) => `Kling 最多接受 ${max} 张图片。`,
    skipped: (n: number) => `有 ${n} 个文件未添加：列表已满。`,
    problem: (rule: string) => `图片不符合要求：${rule}。`,
    undecodable: "浏览器无法解码这张图片。",
    notImage: "不是 PNG 或 JPEG 图片。",
    sampleFailed: (detail: string) => `无法加载示例照片（${detail}）。`,
  },
  prompt: {
    placeholder: "必填：描述各个主体如何出现、如何一起运动",
  },
  aspect: {
    legend: "画面纵横比",
    options: { "16:9": "16:9", "9:16": "9:16", "1:1": "1:1" },
    hints: { "16:9": "横屏", "9:16": "竖屏", "1:1": "方形" },
  },
  why: {
    noImages: "请先添加至少一张图片",
    reading: "请等待图片读取完成",
    badImages: "请先移除不符合规则的图片",
  },
};
