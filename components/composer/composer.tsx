"use client";
import { useRef, useState, type FormEvent } from "react";
import { useJobsContext } from "@/components/jobs/jobs-provider";
import { buildImage2VideoBody, checkImage2VideoBody, modelTakesMode } from "@/lib/client/compose-body";
import { newExternalTaskId } from "@/lib/client/external-id";
import { outcomeOf } from "@/lib/client/jobs-store";
import { submitJob } from "@/lib/client/submit-job";
import { capabilityWarnings } from "@/lib/kling/capabilities";
import { modelInfo, type Duration, type Image2VideoModel, type Mode } from "@/lib/kling/models";
import { useMessages } from "@/lib/i18n/messages-context";
import { DurationField } from "./duration-field";
import { FirstFramePicker } from "./first-frame-picker";
import { IssueSummary, type SubmitProblem } from "./issue-summary";
import { ModeField } from "./mode-field";
import { ModelSelect } from "./model-select";
import { PromptField } from "./prompt-field";
import { SubmitButton } from "./submit-button";
import { useFirstFrame } from "./use-first-frame";

const DEFAULT_MODEL: Image2VideoModel = "kling-v2-1";

export function Composer({ bodyLimitBytes }: { bodyLimitBytes: number }) {
  const m = useMessages().composer;
  const { store, client } = useJobsContext();
  const { frame, pick, clear } = useFirstFrame(bodyLimitBytes);
  const [prompt, setPrompt] = useState("");
  const [negativePrompt, setNegativePrompt] = useState("");
  const [model, setModel] = useState<Image2VideoModel>(DEFAULT_MODEL);
  const [mode, setMode] = useState<Mode>("std");
  const [duration, setDuration] = useState<Duration>("5");
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<SubmitProblem | null>(null);
  const [outcome, setOutcome] = useState("");
  const summaryRef = useRef<HTMLDivElement>(null);

  // A stale "fix this field" list misleads once the field is edited: clear it on any change.
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setProblem(null);
      set(value);
    };

  const pickFrame = (file: Blob, name: string) => {
    setProblem(null);
    void pick(file, name);
  };
  const clearFrame = () => {
    setProblem(null);
    clear();
  };

  const takesMode = modelTakesMode(model);
  const warnings = capabilityWarnings({ model, mode: takesMode ? mode : undefined, duration, feature: "plain" });
  const warningsFor = (field: string) => warnings.filter((w) => w.field === field);
  const issuesFor = (path: string) =>
    (problem?.issues ?? []).filter((i) => i.path === path || i.path.startsWith(`${path}.`)).map((i) => i.message);

  const reason = sending
    ? m.submit.why.sending
    : frame.status === "empty"
      ? m.submit.why.noImage
      : frame.status === "reading"
        ? m.submit.why.reading
        : frame.status === "invalid"
          ? m.submit.why.badImage
          : null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason !== null || frame.status !== "ready") return;
    const body = buildImage2VideoBody(
      { image: frame.reading.base64, prompt, negativePrompt, model, mode, duration },
      newExternalTaskId(),
    );
    const check = checkImage2VideoBody(body, bodyLimitBytes);
    if (!check.ok) {
      setProblem({ issues: check.issues, ...(check.tooLarge ? { tooLarge: check.tooLarge } : {}) });
      setOutcome("");
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setProblem(null);
    setOutcome("");
    setSending(true);
    try {
      const { result } = await submitJob(store, client, { kind: "image2video", body: check.body, defaultModel: model });
      const state = outcomeOf(result);
      if (result.ok) {
        setOutcome(m.result.sent);
      } else if (state === "refused") {
        setProblem({ issues: result.errors ?? [], message: m.result.refused(result.message) });
        requestAnimationFrame(() => summaryRef.current?.focus());
      } else {
        setOutcome(m.result.unconfirmed);
      }
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby="composer-heading" className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="composer-heading" className="text-lg font-semibold text-zinc-900">
        {m.heading}
      </h2>
      <p className="mt-1 text-sm text-zinc-600">{m.intro}</p>
      <form onSubmit={onSubmit} noValidate className="mt-5 space-y-5">
        <FirstFramePicker frame={frame} onPick={pickFrame} onClear={clearFrame} issues={issuesFor("image")} />
        <PromptField
          label={m.prompt.label}
          placeholder={m.prompt.placeholder}
          value={prompt}
          onChange={edited(setPrompt)}
          issues={issuesFor("prompt")}
        />
        <PromptField
          label={m.negativePrompt.label}
          placeholder={m.negativePrompt.placeholder}
          value={negativePrompt}
          onChange={edited(setNegativePrompt)}
          issues={issuesFor("negative_prompt")}
          rows={2}
        />
        <ModelSelect value={model} onChange={edited(setModel)} warnings={warningsFor("model_name")} issues={issuesFor("model_name")} />
        <div className="grid gap-5 sm:grid-cols-2">
          <ModeField
            value={mode}
            onChange={edited(setMode)}
            takesMode={takesMode}
            modelLabel={modelInfo(model)?.label ?? model}
            warnings={warningsFor("mode")}
          />
          <DurationField value={duration} onChange={edited(setDuration)} warnings={warningsFor("duration")} />
        </div>
        <IssueSummary ref={summaryRef} problem={problem} />
        <div className="flex flex-col gap-3 border-t border-zinc-100 pt-4 sm:flex-row sm:items-start sm:justify-between">
          <SubmitButton reason={reason} sending={sending} />
          <p className="text-xs text-zinc-600 sm:max-w-64 sm:text-right">{m.submit.idNote}</p>
        </div>
        <p role="status" className="text-sm text-zinc-700 empty:hidden">
          {outcome}
        </p>
      </form>
    </section>
  );
}
