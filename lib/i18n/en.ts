// Every English string the UI shows. Add a language by writing another object of type `Messages`.
import type { TaskKind, TaskStatus } from "@/lib/kling/limits";

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

const clock = (totalSeconds: number) => {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
};

export const en = {
  app: {
    name: "Motionbrush",
    tagline: "Turn a still photo into a short Kling video, and keep track of every job until the clip is ready.",
  },
  upstream: {
    simulator: "Simulator mode: no Kling keys are configured, jobs run on the built-in Kling simulator and cost nothing.",
    simulatorTiming: (ms: number) => `A simulated job takes about ${Math.round(ms / 1000)} s.`,
    official: "Upstream: the official Kling API. Jobs are billed to the configured Kling account.",
    relay: "Upstream: a Kling relay. Jobs are billed by the relay.",
    problemsHeading: "Server configuration needs attention:",
  },
  composer: {
    heading: "New video",
    intro: "Pick a first frame, describe the motion, choose a model.",
    firstFrame: {
      legend: "First frame",
      choose: "Choose an image",
      chooseContext: " for the first frame",
      drop: "or drop a PNG or JPEG here",
      dropActive: "Release to use this image",
      rules: "At least 300 px on each side, aspect ratio between 1:2.5 and 2.5:1, at most 10 MB.",
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
      tooLargeForServer: (request: number, limit: number) =>
        `Sent as base64 this image needs a ${size(request)} request; this server accepts at most ${size(limit)}. Choose a smaller image.`,
      notAnImage: "Drop an image file (PNG or JPEG).",
      onlyFirstUsed: "Only the first dropped file is used.",
      loaded: (name: string) => `First frame ready: ${name}.`,
      sampleName: "Sample photo (harbour)",
    },
    prompt: {
      label: "Prompt",
      placeholder: "Describe the motion, e.g. “boats rock gently, gulls cross the sky”",
      counter: (count: number, max: number) => `${count.toLocaleString("en")} / ${max.toLocaleString("en")}`,
      counterLabel: (count: number, max: number) => `${count} of ${max} characters used`,
      over: (by: number) => `${by} characters over the limit`,
    },
    negativePrompt: {
      label: "Negative prompt",
      placeholder: "What to avoid (optional), e.g. “blur, text”",
    },
    model: {
      label: "Model",
      option: (label: string, id: string, relayOnly: boolean) => `${label} — ${id}${relayOnly ? " (relays only)" : ""}`,
      relayOnlyNote: "This model is listed by some relays only; the official API may refuse it.",
    },
    mode: {
      legend: "Mode",
      std: "Standard",
      pro: "Professional",
      stdHint: "faster, cheaper",
      proHint: "higher quality",
      none: (label: string) => `${label} takes no mode, so none is sent.`,
    },
    duration: {
      legend: "Duration",
      option: (seconds: string) => `${seconds} seconds`,
    },
    capability: {
      sendAnyway: "It may still work (relays sometimes run ahead); you can send it on purpose.",
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
      unconfirmed: "The answer was lost. The job is kept in the list: use “Look for it” there.",
    },
  },
  jobs: {
    heading: "Jobs",
    count: (n: number) => (n === 1 ? "1 job" : `${n} jobs`),
    loading: "Loading your job history…",
    empty: "No jobs yet. Every job you send appears here and stays after a reload.",
    storageError: "This browser did not save the job history; jobs in this list will be gone after a reload.",
    kind: { image2video: "Image to video", "multi-image2video": "Multi-image to video" } satisfies Record<TaskKind, string>,
    status: {
      sending: "Sending",
      created: "Created",
      refused: "Refused",
      unconfirmed: "Unconfirmed",
      submitted: "Submitted",
      processing: "Processing",
      succeed: "Succeeded",
      failed: "Failed",
    } satisfies Record<TaskStatus | "sending" | "created" | "refused" | "unconfirmed", string>,
    statusLabel: "Status",
    announce: (status: string) => `Job status: ${status}`,
    noPrompt: "No prompt",
    model: (model: string) => `Model ${model}`,
    createdAt: (date: Date) =>
      date.toLocaleString("en", { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" }),
    elapsed: (seconds: number) => `${clock(seconds)} elapsed`,
    took: (seconds: number) => `took ${clock(seconds)}`,
    taskId: "Task id",
    yourId: "Your id",
    copy: (what: string) => `Copy ${what.toLowerCase()}`,
    copied: "Copied",
    copyFailed: "Copy failed; select the id and copy it by hand.",
    video: (prompt: string) => (prompt ? `Generated video: ${prompt}` : "Generated video"),
    download: "Download video",
    retrying: "Kling did not answer, retrying…",
    pollRefused: (status: number, message: string) => `Kling could not report this task (HTTP ${status}): ${message}`,
    checkAgain: "Check again",
    failedReason: (reason: string) => `Kling says: ${reason}`,
    failedNoReason: "Kling gave no reason.",
    expiryNote: "Kling deletes result videos 30 days after generation: download what you want to keep.",
    refused: {
      title: "Refused: nothing was created.",
      detail: (status: number, code: number, message: string) => `HTTP ${status}, code ${code}: ${message}`,
    },
    unconfirmed: {
      title: "No clear answer: the task may exist.",
      detail: (what: string) => `The request ended without a Kling answer (${what}). Nothing is lost: look for it by its id.`,
      networkError: "no answer from the server",
      httpError: (status: number, message: string) => `HTTP ${status}: ${message}`,
      interrupted: "the page was closed while sending",
      lookForIt: "Look for it",
      looking: "Looking through your latest tasks…",
      notFound: (n: number) =>
        `Not among your ${n === 1 ? "latest task" : `latest ${n} tasks`}: it was probably never created.`,
      found: "Found it. Following the task now.",
      lookFailed: (message: string) => `Could not look: ${message}`,
    },
    remove: {
      button: "Remove from list",
      confirm: "Remove this job from the list? The task itself stays in Kling.",
      confirmNoTask: "Remove this job from the list?",
      yes: "Remove",
      no: "Keep",
      label: (id: string) => `Remove from list: job ${id}`,
    },
  },
};

export type Messages = typeof en;
