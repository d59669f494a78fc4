// Field rules as codes with params: the English sentence stays the API envelope's `message` (for scripts), and the
// browser words the code itself (lib/i18n `fieldCodes`). A schema's `error` option takes only a string, so `said`
// remembers which code each sentence came from and `codeOfMessage` finds it again when zod reports the issue.
export type CodeParams = Record<string, string | number>;

const ENGLISH = {
  "type.string": () => "must be a string",
  "type.number": () => "must be a number",
  "type.boolean": () => "must be true or false",
  "type.integer": () => "must be an integer",
  "type.array": () => "must be an array",
  "type.stringNotNumber": (p: CodeParams) => `must be a string such as "${p.example}" (not a number)`,
  "type.stringOneOfNotNumber": (p: CodeParams) => `must be a string, ${p.values} (not a number)`,
  "type.arrayOf": (p: CodeParams) => `must be an array of {${p.shape}}`,
  oneOf: (p: CodeParams) => `must be one of ${p.values}`,
  empty: () => "must not be empty",
  "chars.max": (p: CodeParams) => `must be at most ${p.max} characters`,
  controlChars: () => "must not contain control characters",
  range: (p: CodeParams) => `must be between ${p.min} and ${p.max}`,
  "min.zero": () => "must be >= 0",
  "int.pixel": () => "must be an integer pixel",
  "int.id": () => "must be an integer id",
  "positive.id": () => "must be a positive id",
  "image.type": () => "must be a string (a URL or raw base64)",
  "image.dataPrefix": () => "must be raw base64 without the data:...;base64, prefix",
  "image.urlOrBase64": () => "must be a public http(s) URL or valid raw base64",
  "url.http": () => "must be an http(s) URL",
  "url.valid": (p: CodeParams) => `must be an http(s) URL of at most ${p.max} characters, with no spaces or control characters`,
  "duration.range": (p: CodeParams) => `must be a whole number of seconds from "${p.min}" to "${p.max}", as a string`,
  "points.count": (p: CodeParams) => `must have ${p.min} to ${p.max} points`,
  "groups.min": () => "must have at least 1 group when present",
  "groups.max": (p: CodeParams) => `must have at most ${p.max} groups`,
  "voices.max": (p: CodeParams) => `must have at most ${p.max} voices`,
  "elements.max": (p: CodeParams) => `must have at most ${p.max} elements`,
  "images.count": (p: CodeParams) => `must have ${p.min} to ${p.max} images`,
  "camera.configRequired": () => 'is required when type is "simple"',
  "camera.oneAxis": (p: CodeParams) => `must set exactly one axis to a non-zero value (${p.set ? `${p.set} are` : "none is"} set)`,
  "camera.presetNoConfig": (p: CodeParams) => `must be omitted for the preset "${p.preset}"`,
  "frame.required": () => "is required (or image_tail): give at least one frame",
  exclusive: (p: CodeParams) =>
    `cannot be combined with ${p.with}: a request may use only one of first+last frame, motion brush and camera control`,
  "prompt.requiredMulti": () => "is required for multi-image-to-video",
  "field.unknown": () => "is not a Kling field for this request",
  // Pre-flight (the browser knows the image) and image rules (browser and gateway).
  "trajectory.inside": (p: CodeParams) => `must lie inside the image (x < ${p.width}, y < ${p.height}; got ${p.x}, ${p.y})`,
  "lastFrame.required": () => "is required for first + last frame: choose a last frame",
  "brush.required": () => "is required for the motion brush: paint a moving area or a still area",
  "image.format": (p: CodeParams) => `must be a PNG or JPEG image${p.got ? ` (got ${p.got})` : ""}`,
  "image.bytes": (p: CodeParams) => `must be at most ${p.maxMb} (got ${p.got})`,
  "image.side": (p: CodeParams) => `must be at least ${p.min} px on each side (got ${p.width}x${p.height})`,
  "image.aspect": (p: CodeParams) => `must have an aspect ratio between 1:2.5 and 2.5:1 (got ${p.width}x${p.height})`,
  "mask.size": (p: CodeParams) =>
    `must have exactly the image's pixel size ${p.width}x${p.height} (got ${p.maskWidth}x${p.maskHeight})`,
  // The gateway's own reading of the bytes (lib/server/image-check.ts).
  "image.undecodable": () => "does not decode as a PNG or JPEG image",
  "image.unreadable": () => "is corrupt or truncated (its header cannot be read)",
  "image.noSize": (p: CodeParams) => `has no usable pixel size (its header says ${p.width}x${p.height})`,
  "image.implausible": (p: CodeParams) => `claims an implausible size (${p.width}x${p.height}); at most ${p.max} px per side`,
  "image.truncated": () => "is truncated (the file ends before the image does)",
  "image.corrupt": () => "is corrupt: its pixel data does not decode",
  "mask.png": () => "must be a PNG image (black background, white brushed area)",
  "mask.noPixels": () => "has no pixels (its header says 0x0)",
  "mask.format": () => "must be an 8-bit greyscale or RGB PNG with no alpha, not interlaced",
  "mask.grey": (p: CodeParams) => `must hold only black (0) and white (255) pixels; found grey or colour at (${p.x}, ${p.y})`,
  "mask.allBlack": () => "is all black: it marks no area (paint the area in white)",
  "mask.allWhite": () => "is all white: it marks the whole image, leaving no background",
} satisfies Record<string, (p: CodeParams) => string>;

export type FieldCode = keyof typeof ENGLISH;
export const FIELD_CODES = Object.keys(ENGLISH) as FieldCode[];

/** A coded problem: what the envelope says in English, and what the browser needs to say it in any language. */
export interface CodedMessage {
  code: FieldCode;
  params?: CodeParams;
  message: string;
}

export function coded(code: FieldCode, params?: CodeParams): CodedMessage {
  return { code, ...(params ? { params } : {}), message: ENGLISH[code](params ?? {}) };
}

const bySentence = new Map<string, { code: FieldCode; params?: CodeParams }>();

/** The English sentence for a code, remembered so the issue zod reports with it can carry the code again. */
export function said(code: FieldCode, params?: CodeParams): string {
  const { message } = coded(code, params);
  bySentence.set(message, { code, ...(params ? { params } : {}) });
  return message;
}

/** The code (and params) a schema sentence was made from, if it was made by `said`. */
export function codeOfMessage(message: string): { code: FieldCode; params?: CodeParams } | undefined {
  return bySentence.get(message);
}
