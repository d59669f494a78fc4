// Every English string the UI shows. Add a language by writing another object of type `Messages`.
import type { Feature } from "@/lib/kling/models";
import { formatBytes, formatNumber, formatSeconds } from "./format";
import type { RefusalReason } from "@/lib/server/guard";

const TAG = "en";
const size = (bytes: number) => formatBytes(TAG, bytes);

export const en = {
  app: {
    name: "Motionbrush",
    tagline: "Turn a still photo into a short Kling video, and keep track of every job until the clip is ready.",
  },
  locale: {
    label: "Language",
    list: (items: readonly string[]) => items.join(", "),
  },
  issueWords: {
    region: (n: number) => `Region ${n}`,
    pathOf: (name: string) => `The path of ${name}`,
    regionNeedsPaint: (name: string) => `${name} needs an area: select or paint it`,
    regionNeedsPath: (name: string) => `${name} needs a path`,
    nothingPainted: "Select or paint an area that moves",
    check: (label: string) => `Check ${label}`,
    reason: (first: string, more: number) => (more > 0 ? `${first} (and ${more} more)` : first),
    names: {
      prompt: "the prompt",
      negative_prompt: "the negative prompt",
      image: "the first frame",
      image_tail: "the last frame",
      image_list: "the images",
      camera_control: "the camera movement",
      model_name: "the model",
      mode: "the mode",
      duration: "the duration",
      cfg_scale: "the prompt strength",
      callback_url: "the callback address",
      external_task_id: "the task id",
      sound: "the sound",
      voice_list: "the voices",
      multi_shot: "the shots",
      shot_type: "the shot type",
      multi_prompt: "the custom shots",
      element_list: "the elements",
      motionBrush: "the motion brush",
      other: "the request",
    },
    heading: (n: number) => (n === 1 ? "Still to do before sending:" : `Still to do before sending (${n}):`),
  },
  layout: {
    jobsButton: "Jobs",
    jobsPanel: "Jobs",
    closeJobs: "Close the jobs list",
    showJob: "Show the job",
    workspace: "Workspace",
    settings: "Video settings",
  },
  composer: {
    heading: "New video",
    intro: "Pick a first frame, describe the motion, choose a model.",
    firstFrame: {
      legend: "First frame",
      choose: "Choose an image",
      replace: "Replace",
      chooseContext: " for the first frame",
      drop: "or drop a PNG or JPEG here",
      dropActive: "Release to use this image",
      rules: "At least 300 px on each side, aspect ratio between 1:2.5 and 2.5:1. Files over 10 MB or over this server’s limit are shrunk before sending.",
      sample: "Use the sample photo",
      reading: "Reading the image…",
      previewAlt: "Preview of the chosen first frame",
      facts: (width: number, height: number, bytes: number) => `${width} × ${height} px · ${size(bytes)}`,
      remove: "Remove the first frame",
      problemsHeading: (name: string) => `“${name}” can’t be used as the first frame:`,
      refusedHeading: "The first frame was not accepted:",
      problem: (rule: string) => `The image ${rule}.`,
      undecodable: "The browser could not decode this image.",
      sampleFailed: (detail: string) => `The sample photo could not be loaded (${detail}).`,
      notAnImage: "Drop an image file (PNG or JPEG).",
      onlyFirstUsed: "Only the first dropped file is used.",
      loaded: (name: string) => `First frame ready: ${name}.`,
      sampleName: "Sample photo (harbour)",
    },
    prompt: {
      label: "Prompt",
      placeholder: "Describe the motion, e.g. “boats rock gently, gulls cross the sky”",
      counter: (count: number, max: number) => `${formatNumber(TAG, count)} / ${formatNumber(TAG, max)}`,
      counterLabel: (count: number, max: number) => `${count} of ${max} characters used`,
      over: (by: number) => `${by} characters over the limit`,
    },
    negativePrompt: {
      label: "Negative prompt",
      placeholder: "What to avoid (optional), e.g. “blur, text”",
    },
    model: {
      label: "Model",
      option: (label: string, id: string, relayOnly: boolean, retired: boolean) =>
        `${label} — ${id}${relayOnly ? " (relays only)" : ""}${retired ? " (retired)" : ""}`,
      relayOnlyNote: "This model is listed by some relays only; the official API may refuse it.",
      liveGroup: "Live on the official API",
      retiredGroup: "Retired on the official API (relays, private deployments)",
    },
    mode: {
      legend: "Mode",
      std: "Standard",
      pro: "Professional",
      "4k": "4K",
      stdHint: "720p, cheaper",
      proHint: "1080p",
      "4kHint": "2160p",
      none: (label: string) => `${label} takes no mode, so none is sent.`,
    },
    duration: {
      legend: "Duration",
      option: (seconds: string) => formatSeconds(TAG, Number(seconds)),
    },
    capability: {
      retired: (model: string, since: string, source: string) =>
        `${model} is retired on the official Kling API${since ? ` since ${since}` : ""} (${source}). Only a relay or private deployment that still serves it will run this job`,
      sendAnyway: "It may still work (relays sometimes run ahead); you can send it on purpose.",
      sources: {
        partnerDocs: "Kling’s API partner documentation",
        reported: "reported: Kling’s retirement list of 2026-08-26, and missing from the model list on 2026-10-04",
      },
      /** Ends the advice's headline. */
      stop: ".",
      otherModels: (models: string) => `Models that list it: ${models}.`,
    },
    submit: {
      label: "Create video",
      sending: "Sending…",
      why: {
        noImage: "Choose a first frame first",
        reading: "Wait until the image is read",
        badImage: "Choose an image that meets the rules first",
        sending: "The job is being sent",
      },
      withReason: (label: string, reason: string) => `${label}: ${reason}`,
      idNote: "Each job gets its own id, so nothing is sent twice by accident.",
    },
    issues: {
      heading: "Fix these fields before sending:",
      field: (path: string, message: string) => `${path}: ${message}`,
      tooLarge: (request: number, limit: number) =>
        `The request is ${size(request)}; this server accepts at most ${size(limit)}. Choose a smaller image.`,
    },
    result: {
      sent: "Job created. Follow it in the job list.",
      refused: (message: string) => `Kling refused the job, nothing was created: ${message}`,
      notSent: (message: string) => `Not sent: nothing reached Kling and nothing was charged. ${message}`,
      unconfirmed: "The answer was lost. The job is kept in the list: use “Look for it” there.",
    },
  },
  requestFields: {
    legend: "Request options",
    multiShot: {
      legend: "Shots",
      off: "One shot",
      intelligence: "Kling plans",
      customize: "My shots",
      offHint: "single take",
      intelligenceHint: "from the prompt",
      customizeHint: "up to 6",
      intelligenceNote: "Kling splits the video into shots from your prompt (multi_shot, shot_type “intelligence”).",
      customizeNote: "Each shot has its own prompt (at most 512 characters) and whole seconds; together they fill the duration. The main prompt is not sent.",
      listLabel: "Custom shots",
      shotPrompt: (n: number) => `Shot ${n} prompt`,
      shotSeconds: (n: number) => `Shot ${n} seconds`,
      remove: (n: number) => `Remove shot ${n}`,
      add: "Add a shot",
      full: (max: number) => `At most ${max} shots.`,
      remaining: (left: number, total: number) =>
        left === 0
          ? `All ${total} s are given to shots.`
          : left > 0
            ? `${left} s of ${total} s left to give to shots.`
            : `The shots run ${-left} s over the ${total} s duration.`,
      counter: (n: number, max: number) => `${n} / ${max}`,
    },
    elements: {
      legend: "Elements",
      hint: "Up to 3 element ids from your Kling element library. Refer to them in the prompt as <<<element_1>>>. Not together with voices.",
      label: (n: number) => `Element ${n} id`,
      add: "Add an element",
      remove: (n: number) => `Remove element ${n}`,
      withVoices: "Elements cannot be sent together with voices: remove the voices or the elements.",
    },
    cfg: {
      label: "Prompt adherence (cfg_scale)",
      hint: "0 to 1: higher follows the prompt more strictly. Only the kling-v1 family takes it.",
    },
    sound: {
      legend: "Sound",
      off: "Off",
      on: "On",
      hint: "Where the model lists it (kling-v2-6 needs Professional; kling-v3 any mode).",
    },
    voices: {
      legend: "Voices",
      hint: "Up to 2 voice ids. Refer to them in the prompt as <<<voice_1>>> and <<<voice_2>>>.",
      label: (n: number) => `Voice ${n} id`,
      add: "Add a voice",
      remove: (n: number) => `Remove voice ${n}`,
      needSound: "Voices are sent only with sound on.",
    },
    watermark: {
      label: "Also make a watermarked copy",
      hint: "Sends watermark_info.enabled = true; left out when unticked.",
    },
    externalId: {
      label: "Your task id (external_task_id)",
      hint: "Unique in your Kling account. A new one is made after each submission.",
      regenerate: "New id",
    },
    callback: {
      label: "Callback URL (optional)",
      placeholder: "https://example.com/kling-callback",
      hint: "Kling POSTs each status change there, unsigned; this page still polls to confirm.",
    },
  },
  setAside: {
    heading: "Kept, but not sent with this request:",
    cfgScale: (model: string) => `Prompt adherence (cfg_scale): ${model} does not take it.`,
    multiShot: (model: string) => `Shots: ${model} does not list multi-shot.`,
    elements: (model: string) => `Elements: ${model} does not list elements.`,
    sound: (model: string) => `Sound: ${model} makes no audio.`,
    voicesModel: (model: string) => `Voices: ${model} makes no audio.`,
    voicesSoundOff: "Voices: sound is off.",
    lastFrame: "The last frame: first + last frame is not the chosen option.",
    motionBrush: "The motion brush painting: the motion brush is not the chosen option.",
    camera: "The camera movement: camera is not the chosen option.",
  },
  advice: {
    combo: (mode: string | null, duration: string | null) =>
      `Switch to ${[mode, duration ? `${duration} s` : null].filter(Boolean).join(", ")}`,
    model: (model: string, mode: string | null, duration: string | null) =>
      `Use ${model}${mode || duration ? ` (${[mode, duration ? `${duration} s` : null].filter(Boolean).join(", ")})` : ""}`,
    cameraSimple: "Use “One axis” instead of the preset",
    soundOff: "Turn sound off",
    confirm: "Send it anyway: I know this combination is outside the capability map",
    features: {
      plain: "plain image to video",
      first_last_frame: "first + last frame",
      motion_brush: "the motion brush",
      camera: "camera control",
      sound: "sound",
      multi_image: "multi-image to video",
    } satisfies Record<Feature, string>,
    /** Listed combinations: "Standard, Professional 3–15 s" or "Professional 5 s, Standard 10 s". */
    combos: (groups: readonly { modes: readonly string[]; seconds: readonly number[] }[]) =>
      groups
        .map((g) => {
          const secs = g.seconds.length > 2 && g.seconds.every((d, i) => i === 0 || d === g.seconds[i - 1]! + 1)
            ? `${g.seconds[0]}–${g.seconds[g.seconds.length - 1]} s`
            : `${g.seconds.join(", ")} s`;
          return [g.modes.join(", "), secs].filter(Boolean).join(" ");
        })
        .join("; "),
  },
  cost: {
    label: "Estimated cost",
    units: (units: number, usd: number | null) =>
      `about ${formatNumber(TAG, units)} units${usd === null ? "" : ` (≈ US$${usd.toFixed(2)})`}`,
    basis: (rate: number, seconds: number) => `${rate} units/s × ${seconds} s, at the published rate`,
    unknown: "unknown",
    unknownWhy: {
      model: "This model has no rate in the capability data.",
      rate: "Kling publishes no rate for this model and mode.",
      soundRate: "Kling publishes no separate rate with sound for this model.",
    },
    charged: (units: string) => `Kling charged ${units} units`,
  },
  guides: {
    whereBrush: (models: string, n: number, retired: string) =>
      `Only ${models} ${n === 1 ? "accepts" : "accept"} the motion brush, and ${retired}. Paint freely: a relay or private deployment that still serves them will run it, and so does Motionbrush’s simulator.`,
    whereCamera: (models: string, n: number, retired: string) =>
      `Only ${models} ${n === 1 ? "accepts" : "accept"} camera control for image-to-video, and ${retired}. A relay or deployment that still serves it will run it, and so does Motionbrush’s simulator.`,
    whereMulti: (models: string, n: number, retired: string) =>
      `Only ${models} ${n === 1 ? "takes" : "take"} several images, and ${retired}. A relay or deployment that still serves it will run it, and so does Motionbrush’s simulator.`,
    retiredSince: (n: number, since: string) => `${n === 1 ? "it is" : "they are"} retired on the official Kling API${since ? ` since ${since}` : ""}`,
    stillLive: (n: number): string => (n === 1 ? "it is live on the official API" : "they are live on the official API"),
    noModel: "No model in the capability data lists it.",
  },
  preflight: {
    heading: (n: number) => (n === 1 ? "1 thing to fix before sending:" : `${n} things to fix before sending:`),
    confirm: "Confirm sending outside the capability map first",
    preparing: "Wait until the images fit the server’s limit",
    budgetFailed: "The request cannot fit the server’s limit",
    checking: "Checking the request…",
  },
  budget: {
    label: "Request size",
    of: (bytes: number, limit: number) => `${size(bytes)} of ${size(limit)}`,
    empty: "Add an image to see the request size.",
    preparing: "Fitting the images to this server’s limit…",
    asIs: "Images are sent as they are.",
    shrunkIntro: "Re-encoded to fit this server’s limit (aspect ratio kept):",
    image: (name: string, from: string, to: string, quality: number | null) =>
      `${name}: ${from} → ${to}${quality === null ? " (unchanged)" : `, JPEG quality ${Math.round(quality * 100)}%`}`,
    dims: (width: number, height: number, bytes: number) => `${width}×${height} px, ${size(bytes)}`,
    masks: (width: number, height: number) => `Masks and trajectories made at ${width}×${height} px, the frame’s new size.`,
    failed: {
      cannotShrinkEnough: "Even at 300 px a side and the lowest quality the request would not fit. Use fewer or smaller images.",
      fixedPartTooLarge: "The text fields alone are larger than this server accepts.",
    },
    names: { image: "First frame", image_tail: "Last frame" } as Record<string, string>,
    listName: (n: number) => `Image ${n}`,
  },
  preview: {
    summary: "Request preview",
    intro: (kind: string) => `Exactly what is sent to POST /api/kling/v1/videos/${kind}; only the images are shortened here.`,
    waiting: "The preview appears once the images are ready.",
    copyJson: "Copy JSON",
    copyCurl: "Copy cURL",
    copied: "Copied the full request.",
    copyFailed: "Copy failed: select the text and copy it by hand.",
    curlNote:
      "The cURL command calls the official API with the full body. Set KLING_JWT to a token signed from your AccessKey and SecretKey; no key is included.",
  },
  composerTabs: {
    label: "What to make",
    single: "Image to video",
    multi: "Multi-image to video",
  },
  frames: {
    lastFrame: {
      legend: "Last frame",
      choose: "Choose an image",
      replace: "Replace",
      chooseContext: " for the last frame",
      drop: "or drop a PNG or JPEG here",
      dropActive: "Release to use this image",
      rules: "Where the video should end. Same rules as the first frame.",
      sample: "Use the sample end photo",
      reading: "Reading the image…",
      previewAlt: "Preview of the chosen last frame",
      facts: (width: number, height: number, bytes: number) => `${width} × ${height} px · ${size(bytes)}`,
      remove: "Remove the last frame",
      problemsHeading: (name: string) => `“${name}” can’t be used as the last frame:`,
      refusedHeading: "The last frame was not accepted:",
      problem: (rule: string) => `The image ${rule}.`,
      undecodable: "The browser could not decode this image.",
      sampleFailed: (detail: string) => `The sample photo could not be loaded (${detail}).`,
      notAnImage: "Drop an image file (PNG or JPEG).",
      onlyFirstUsed: "Only the first dropped file is used.",
      loaded: (name: string) => `Last frame ready: ${name}.`,
      sampleName: "Sample photo (harbour, end)",
    },
    sources: {
      paste: "Paste",
      pasteLabel: (frame: string) => `Paste an image from the clipboard as the ${frame}`,
      pasteHint: "or paste an image (Ctrl+V)",
      pasteEmpty: "The clipboard holds no PNG or JPEG image.",
      pasteDenied: "The browser did not allow reading the clipboard: press Ctrl+V (⌘V) here instead.",
      pastedName: "Pasted image",
      urlLabel: (frame: string) => `Image address (URL) for the ${frame}`,
      urlPlaceholder: "https://example.com/photo.jpg",
      load: "Load",
      loadLabel: (frame: string) => `Load the ${frame} from the address`,
      loading: "Loading…",
      urlInvalid: "Type a full http(s) address.",
      urlFailed: (detail: string) => `The image could not be loaded (${detail}).`,
      urlBlocked:
        "That site does not let other pages read its images (CORS). Download the image and choose the file instead.",
      urlNotImage: "That address does not give a PNG or JPEG image.",
      frameNames: { first: "first frame", last: "last frame" },
    },
    groups: {
      legend: "How the video is guided",
      explanation:
        "Kling takes only one of these per request: a last frame, the motion brush, or a camera movement. Switching keeps what you made for the others; it is just not sent.",
      options: {
        first_frame: { label: "First frame only", hint: "Kling follows the prompt from the first frame." },
        first_last_frame: { label: "First + last frame", hint: "Sends a last frame too: the video ends there." },
        motion_brush: { label: "Motion brush", hint: "Select or paint what moves, and draw where it goes." },
        camera: { label: "Camera movement", hint: "A preset, or one of six axes." },
      },
      cameraSetAside: "Your camera movement. Choose “Camera movement” to send it.",
      switchSetsAside: (items: string) => `Choosing this sets aside ${items}.`,
      setAsideNames: { last_frame: "the last frame", motion_brush: "the painting", camera: "the camera movement" },
      setAsideHeading: "Kept, but not sent with this choice:",
      lastFrameSetAside: "The last frame you chose. Choose “First + last frame” to send it.",
      paintingSetAside: (regions: number) =>
        `Your motion-brush painting${regions > 0 ? ` (${regions === 1 ? "1 moving region" : `${regions} moving regions`})` : ""}. Choose “Motion brush” to send it.`,
      noLastFrame: "Choose a last frame first",
    },
  },
  /** The gateway's own refusals (`reason` in its envelope), for job cards, polls and sends. */
  refusals: {
    "no-gate": "This server has Kling keys but lets nobody in yet: the operator must choose a sign-in or tokens.",
    "no-session-secret": "Sign-in is set up without its secret, so this server refuses every job: tell the operator.",
    "sign-in-required": "Sign in first: this server needs a session or an API token.",
    "bad-token": "The API token is not one this server accepts.",
    "cross-origin": "The request came from another site, so this server refused it.",
    "not-json": "The request was not sent as JSON.",
    "bad-path": "This server has no such Kling route.",
    method: "This route does not take that kind of request.",
    "too-large": "The request is larger than this server accepts.",
    "wrong-password": "That password is not right.",
    unavailable: "This server cannot check access right now; try again shortly.",
    "bad-body": "The request body could not be read.",
    "limit-create": "Too many jobs in a short time from you: wait a little and send again.",
    "limit-daily": "You have reached today’s job limit on this server.",
    "limit-poll": "Too many status checks in a short time: wait a moment.",
    "limit-signIn": "Too many failed sign-ins: wait and try again.",
  } satisfies Record<RefusalReason, string>,
  /** Why listing the account's tasks failed (Look for it, Find tasks made elsewhere), worded from the failure's kind. */
  lookupFailure: {
    network: "the server could not be reached",
    timeout: "the server took too long to answer",
    badAnswer: "the answer was not a list of Kling tasks",
    http: (status: number, code: number) => `the server answered HTTP ${status}, code ${code}`,
  },
  brushProblems: {
    noFrame: "Choose a first frame for the motion brush to paint on.",
    nothingPainted: "Nothing is selected or painted yet: select or paint a moving region, or the static area.",
    exportFailed: "The masks could not be made from this painting. Undo the last change, or reload the page.",
    regionNotPainted: (name: string) => `${name} has no painted pixels of its own. Paint it with the brush, or delete it.`,
    regionPathTooShort: (name: string, points: number) =>
      `${name} needs a path of at least 2 points (it has ${points}). Draw it with the Path tool.`,
  },
};

export type Messages = typeof en;
