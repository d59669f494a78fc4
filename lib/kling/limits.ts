// Numeric limits from the Kling contract, in one place for the browser, the gateway and the simulator.
export const MAX_PROMPT_CHARS = 2500;
export const MAX_DYNAMIC_MASKS = 6;
export const MIN_TRAJECTORY_POINTS = 2;
export const MAX_TRAJECTORY_POINTS = 77;
export const MAX_VOICES = 2;
export const MIN_MULTI_IMAGES = 1;
export const MAX_MULTI_IMAGES = 4;
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MIN_IMAGE_SIDE = 300;
/** Width / height must lie in [1/2.5, 2.5]. */
export const MIN_ASPECT = 1 / 2.5;
export const MAX_ASPECT = 2.5;
export const CAMERA_MIN = -10;
export const CAMERA_MAX = 10;
export const CAMERA_AXES = ["horizontal", "vertical", "pan", "tilt", "roll", "zoom"] as const;
export type CameraAxis = (typeof CAMERA_AXES)[number];
export const CAMERA_PRESETS = ["down_back", "forward_up", "right_turn_forward", "left_turn_forward"] as const;
export type CameraPreset = (typeof CAMERA_PRESETS)[number];
export const TASK_STATUSES = ["submitted", "processing", "succeed", "failed"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_KINDS = ["image2video", "multi-image2video"] as const;
export type TaskKind = (typeof TASK_KINDS)[number];
export const MAX_PAGE_NUM = 1000;
export const MAX_PAGE_SIZE = 500;
export const MAX_SHOTS = 6;
export const MAX_SHOT_PROMPT_CHARS = 512;
export const MIN_SHOT_SECONDS = 1;
export const MAX_ELEMENTS = 3;
/** How deep a lost task is looked for by its external id, the same on the server and in the browser. */
export const RECOVERY_SEARCH = { pageSize: MAX_PAGE_SIZE, maxPages: 2 } as const;
