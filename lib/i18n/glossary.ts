// The one glossary: how Kling's vocabulary is written in each language. Chinese terms follow Kling's Chinese API
// documentation and app (字段描述 in the image2video reference, 能力地图, 错误码). Translators read this; the
// catalogue test (catalogue.test.ts) checks that zh.ts uses these terms and keeps the Latin ones only where listed.
// Not imported by the app (the tests and the Playwright sweep read it).

export interface GlossaryEntry {
  /** The English term as en.ts writes it (matched case-insensitively to decide whether zh.ts must use `zh`). */
  en: string;
  zh: string;
  /** The API field it names, when there is one. */
  field?: string;
  note?: string;
  /** Renderings not to use, e.g. a literal translation that differs from Kling's word. */
  avoid?: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { en: "Motion brush", zh: "运动笔刷", field: "static_mask + dynamic_masks", avoid: ["动作笔刷", "运动画笔"] },
  {
    en: "Static area",
    zh: "静态笔刷",
    field: "static_mask",
    note: "The area itself: 静态笔刷区域 (Kling: 静态笔刷涂抹区域).",
    avoid: ["静止区域"],
  },
  {
    en: "Moving region",
    zh: "动态笔刷",
    field: "dynamic_masks[].mask",
    note: "A region: 动态笔刷区域; default names 区域 1…6 as in Kling's app.",
    avoid: ["移动区域"],
  },
  { en: "Path", zh: "运动轨迹", field: "dynamic_masks[].trajectories", note: "The editor tool is 轨迹; a point is 轨迹点." },
  { en: "First frame", zh: "首帧", field: "image" },
  { en: "Last frame", zh: "尾帧", field: "image_tail" },
  { en: "First + last frame", zh: "首尾帧", field: "image + image_tail" },
  { en: "Camera movement", zh: "运镜", field: "camera_control", avoid: ["相机运动", "摄像机移动"] },
  { en: "One axis", zh: "简单运镜", field: "camera_control.type = simple" },
  { en: "Down and back", zh: "下移拉远", field: "camera_control.type = down_back" },
  { en: "Forward and up", zh: "推进上移", field: "camera_control.type = forward_up" },
  { en: "Right turn, forward", zh: "右旋推进", field: "camera_control.type = right_turn_forward" },
  { en: "Left turn, forward", zh: "左旋推进", field: "camera_control.type = left_turn_forward" },
  { en: "Horizontal", zh: "水平运镜", field: "camera_control.config.horizontal" },
  { en: "Vertical", zh: "垂直运镜", field: "camera_control.config.vertical" },
  // Pan and tilt: Kling's Chinese reference names `pan` 水平摇镜 and `tilt` 垂直摇镜, yet describes `pan` as a turn
  // about the x axis (− down, + up) and `tilt` about the y axis (− left, + right), as /work/shared's API notes do.
  // A film "pan" turns left/right, so both the Chinese names and the English words would promise the wrong
  // direction. Decision: label each by what the picture does (上下摇镜 / 左右摇镜, "Turn up or down" / "Turn left
  // or right"), keep the field names in the request preview, and say once, under the sliders, what Kling calls them.
  {
    en: "Turn up or down",
    zh: "上下摇镜",
    field: "camera_control.config.pan",
    note: "Kling's name is 水平摇镜; its own description (x axis, − down, + up) is a vertical turn.",
  },
  {
    en: "Turn left or right",
    zh: "左右摇镜",
    field: "camera_control.config.tilt",
    note: "Kling's name is 垂直摇镜; its own description (y axis, − left, + right) is a horizontal turn.",
  },
  { en: "Roll", zh: "旋转运镜", field: "camera_control.config.roll" },
  {
    en: "Zoom",
    zh: "变焦",
    field: "camera_control.config.zoom",
    note: "The camera axis. Zooming the editor's view is 缩放.",
  },
  { en: "Standard", zh: "标准模式", field: "mode = std" },
  {
    en: "Professional",
    zh: "高品质模式",
    field: "mode = pro",
    note: "Kling's reference says 专家模式（高品质）; its app and price lists say 高品质.",
    avoid: ["专业模式"],
  },
  { en: "Resource pack", zh: "资源包", note: "Prepaid quota; Kling's 429 codes 1102 and 1303 name it." },
  { en: "Task", zh: "任务", field: "task_id", note: "A job in the list is a 任务 too." },
  { en: "Job", zh: "任务" },
  { en: "Prompt", zh: "提示词", field: "prompt", note: "Kling: 正向文本提示词." },
  { en: "Negative prompt", zh: "负向提示词", field: "negative_prompt" },
  { en: "Prompt adherence", zh: "提示词相关性", field: "cfg_scale", note: "Kling: 生成视频的自由度…与提示词相关性越强." },
  { en: "Aspect ratio", zh: "画面纵横比", field: "aspect_ratio" },
  { en: "Duration", zh: "视频时长", field: "duration" },
  { en: "Your task id", zh: "自定义任务 ID", field: "external_task_id" },
  { en: "Callback URL", zh: "回调通知地址", field: "callback_url" },
  { en: "Watermark", zh: "水印", field: "watermark_info" },
  { en: "Sound", zh: "声音", field: "sound" },
  { en: "Voice", zh: "音色", field: "voice_list" },
  { en: "Reference image", zh: "参考图", field: "image_list" },
  { en: "Image to video", zh: "图生视频", field: "POST /v1/videos/image2video" },
  { en: "Multi-image to video", zh: "多图参考生视频", field: "POST /v1/videos/multi-image2video" },
  { en: "Capability map", zh: "能力地图", note: "Kling's table of what each model supports." },
  { en: "Relay", zh: "中转服务", note: "A reseller's gateway in front of Kling's API." },
  { en: "Mask", zh: "蒙版" },
  { en: "Submitted", zh: "已提交", field: "task_status = submitted" },
  { en: "Processing", zh: "处理中", field: "task_status = processing" },
  { en: "Succeeded", zh: "成功", field: "task_status = succeed" },
  { en: "Failed", zh: "失败", field: "task_status = failed" },
];

/**
 * Latin-script words a Chinese page may show as they are: brand names, file formats, protocol words, key names and
 * units. API field names (snake_case), model ids (kling-v…) and URLs are allowed by pattern in the test.
 * Kling stays "Kling" (its Chinese name 可灵 appears once, in the tagline).
 */
export const KEPT_IN_LATIN: readonly string[] = [
  "Kling",
  "Motionbrush",
  "API",
  "JSON",
  "cURL",
  "URL",
  "HTTP",
  "POST",
  "PNG",
  "JPEG",
  "GIF",
  "WEBP",
  "CORS",
  "ID",
  "IP",
  "KB",
  "MB",
  "px",
  "Ctrl",
  "Shift",
  "Alt",
  "Esc",
  "AccessKey",
  "SecretKey",
  "KLING_JWT",
  "mode",
  "true",
  // Model names as Kling writes them, in Chinese too ("Kling 2.5 Turbo", "Kling 2.1 Master").
  "Turbo",
  "Master",
  // The two camera fields the turn note names (camera.turnNote).
  "pan",
  "tilt",
];

// What may stay in Latin letters on a Chinese page: the allow-list, API field names, model ids, URLs and API
// paths. Shared by the catalogue test and the Playwright sweep of every screen (e2e/zh-sweep.ts).
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
export const LATIN_ALLOWED: readonly RegExp[] = [
  /https?:\/\/\S+/g, // placeholders: https://example.com/…
  /http\(s\)/g,
  /\bhttps?:\/\//g, // "starts with http:// or https://"
  /\bdata:/g, // the data: prefix a pasted image must not have
  /\/api\/kling\/\S+/g, // the gateway path in the preview intro
  /\bkling-v[\w.-]*/g, // model ids
  /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g, // environment variable names for the operator
  /<<<voice_\d>>>/g,
  /\b[a-z]+(?:_[a-z0-9]+)+(?:\.[a-z_]+)*/g, // snake_case API fields: cfg_scale, watermark_info.enabled
  new RegExp(`\\b(?:${KEPT_IN_LATIN.map(escape).join("|")})\\b`, "g"),
];

/** The Latin words of a text that the allow-list does not cover (two letters or more). */
export function strayLatin(text: string): string[] {
  const rest = LATIN_ALLOWED.reduce((s, re) => s.replace(re, " "), text);
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
}
