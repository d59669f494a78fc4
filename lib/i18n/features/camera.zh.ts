// `camera` 的简体中文文本，与 camera.en.ts 同形。
import type { CameraMessages } from "./camera.en";
import type { AxisMotion } from "@/lib/composer/camera";

export const cameraZh: CameraMessages = {
  legend: "运镜",
  typeLegend: "运镜类型",
  types: {
    simple: "简单运镜",
    down_back: "下移拉远",
    forward_up: "推进上移",
    right_turn_forward: "右旋推进",
    left_turn_forward: "左旋推进",
  },
  typeHints: {
    simple: "六个滑块",
    down_back: "预设",
    forward_up: "预设",
    right_turn_forward: "预设",
    left_turn_forward: "预设",
  },
  presetNote: "预设运镜不需要设置轴。你的轴设置会为“简单运镜”保留。",
  axesIntro: "一次只能有一个轴运动：调整一个轴会把其他轴重置为 0。",
  turnNote: "Kling 文档把 pan 称为“水平摇镜”、tilt 称为“垂直摇镜”，但按其说明 pan 是上下转动、tilt 是左右转动；这里按画面的转动方向命名。",
  axes: {
    horizontal: "水平运镜",
    vertical: "垂直运镜",
    // 按画面实际的转动方向命名（Kling 的 pan 上下转动，tilt 左右转动）：见 glossary.ts。
    pan: "上下摇镜",
    tilt: "左右摇镜",
    roll: "旋转运镜",
    zoom: "变焦",
  },
  motion: (motion: AxisMotion, about: string | null) =>
    motion === "move" ? `沿 ${about} 轴平移` : motion === "rotate" ? `绕 ${about} 轴旋转` : "改变焦距",
  sign: {
    left: "向左",
    right: "向右",
    down: "向下",
    up: "向上",
    counterClockwise: "逆时针",
    clockwise: "顺时针",
    narrower: "视野变窄",
    wider: "视野变宽",
  },
  valueText: (value: number, meaning: string | null) => (meaning ? `${value}，${meaning}` : "0，静止"),
  numberLabel: (axis: string) => `${axis}，−10 到 10 之间的数字`,
  reset: (axes: string) => `${axes}已重置为 0：一次只能有一个轴运动。`,
  notNumber: "请输入 −10 到 10 之间的数字。",
  outOfRange: "必须在 −10 到 10 之间。",
  none: "尚未设置任何轴：拖动一个滑块、输入数值，或选择一个预设。",
  active: (axis: string, value: number, meaning: string) => `将发送${axis} ${value > 0 ? "+" : ""}${value}（${meaning}）。`,
};
