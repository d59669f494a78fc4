"use client";
import { useIssueCodes } from "@/lib/i18n/features/issueCodes";
import dynamic from "next/dynamic";
import { memo, useState, type FormEvent } from "react";
import { useCatalog } from "@/components/catalog-context";
import { useReopenListener } from "@/components/jobs/reopen-bus";
import { newExternalTaskId } from "@/lib/client/external-id";
import { draftFromFields } from "@/lib/client/draft-fields";
import { issuesAt, loadPreflight } from "@/lib/composer/preflight-loader";
import {
  defaultImage2VideoDraft,
  EXCLUSIVE_GROUPS,
  fitDraftToModel,
  isCameraUntouched,
  modelChoices,
  modelTakesMode,
  modelTakesSound,
  setAsideBySwitch,
  setAsideSettings,
  type ExclusiveGroup,
  type Image2VideoDraft,
} from "@/lib/composer/request-body";
import { cameraControlOf } from "@/lib/composer/camera";
import { applySwitch, capabilityAdvice, type Switch } from "@/lib/composer/suggestions";
import { hasPainting, type FrameSlot } from "@/lib/editor/document";
import { MotionBrushExportError } from "@/lib/editor/brush-problems";
import { defaultModel, findModel } from "@/lib/kling/builtin-catalog";
import type { FieldIssue } from "@/lib/kling/schemas";
import { useMessages } from "@/lib/i18n/messages-context";
import { brushIssue, brushIssues } from "./brush-issues";
import { BudgetMeter } from "./budget-meter";
import { CostEstimate } from "./cost-estimate";
import { OutsideMapConfirm } from "./capability-advice";
import { DurationField } from "./duration-field";
import { ExclusiveGroups, frameGroupOptions } from "./exclusive-groups";
import { FirstFramePicker } from "./first-frame-picker";
import { GuideAvailability } from "./guide-availability";
import { IssueSummary } from "./issue-summary";
import { ModeField } from "./mode-field";
import { ModelSelect } from "./model-select";
import { wordedReason, wordIssue } from "./issue-words";
import { TodoSummary } from "./preflight-summary";
import { PromptField } from "./prompt-field";
import { RequestFieldsPanel } from "./request-fields-panel";
import { RequestPreview } from "./request-preview";
import { SetAsideNote } from "./set-aside-note";
import { SubmitButton } from "./submit-button";
import { useComposerState, useComposerStore, useDerived, useEditorSessionOf } from "./use-composer";
import { originalFrames } from "./original-frames";
import { useJobSubmit } from "./use-job-submit";
import { wordIssueCode } from "./word-issue";

// The editor (its tools, preview and, inside it, the canvas) loads when the motion brush is chosen, not with the page.
const MotionBrushEditor = dynamic(() => import("@/components/editor/motion-brush-editor").then((mod) => mod.MotionBrushEditor), {
  ssr: false,
  loading: () => null,
});
// Shown only for the camera guide (with their words: lib/i18n/features/camera, motionPreview).
const CameraPanel = dynamic(() => import("./camera-panel").then((mod) => mod.CameraPanel), { ssr: false, loading: () => null });
const CameraPreview = dynamic(() => import("./camera-preview").then((mod) => mod.CameraPreview), { ssr: false, loading: () => null });

const isGroup = (v: unknown): v is ExclusiveGroup => typeof v === "string" && (EXCLUSIVE_GROUPS as readonly string[]).includes(v);

/** The editor re-renders from its own store: a keystroke in the settings does not repaint it. */
const Editor = memo(MotionBrushEditor);

export function Composer({ bodyLimitBytes }: { bodyLimitBytes: number }) {
  const all = useMessages();
  const m = all.composer;
  const mf = all.frames;
  const catalog = useCatalog();
  // One owner: fields, guide mode, frames, the editor document and the fitted request live in the store.
  const store = useComposerStore(catalog, bodyLimitBytes);
  const draft = useComposerState(store, (s) => s.fields);
  const frame = useComposerState(store, (s) => s.frames.first);
  const lastFrame = useComposerState(store, (s) => s.frames.last);
  // Settled: the form and the mask export follow finished gestures, not every pointer move.
  const editorDoc = useComposerState(store, (s) => s.doc);
  const derived = useDerived(store);
  const session = useEditorSessionOf(store, draft.group === "motion_brush");
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const submit = useJobSubmit({
    kind: "image2video",
    defaultModel: draft.model,
    bodyLimitBytes,
    onSent: () => store.patch({ externalTaskId: newExternalTaskId() }),
  });
  const { sending, problem, outcome, summaryRef } = submit;
  // The coded issues' words: fetched once there is a frame to check or an answer to show.
  const codes = useIssueCodes(frame.status !== "empty" || problem !== null);
  // The editor's areas list and points table live in the settings column, beside the canvas.
  const [sideSlot, setSideSlot] = useState<HTMLDivElement | null>(null);
  const group = draft.group;

  // A stale "fix this field" list from the gateway misleads once anything is edited: clear it on any change.
  const patch = (p: Partial<Image2VideoDraft>) => {
    submit.clear();
    store.patch(p);
  };
  const onSwitch = (s: Switch) => {
    const next = applySwitch({ model: draft.model, mode: draft.mode, duration: draft.duration, group, cameraType: draft.camera.type, sound: draft.sound }, s);
    patch({ model: next.model, mode: next.mode, duration: next.duration, sound: next.sound, camera: { ...draft.camera, type: next.cameraType } });
  };

  const refocus = (field: string) => requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus());
  const pickIn = (slot: FrameSlot) => (file: Blob, name: string) => {
    submit.clearProblem();
    void store.pickFrame(slot, file, name);
  };
  // Removing a frame removes the button that did it: focus goes to the picker's file input.
  const clearIn = (slot: FrameSlot) => () => {
    submit.clearProblem();
    store.clearFrame(slot);
    refocus(slot === "first" ? "image" : "image_tail");
  };

  // ---- A reopened job's recipe becomes a new draft (the stored draft is the store's own) ---------------
  useReopenListener("image2video", (request) => {
    submit.clear();
    setConfirmedFor(null);
    const id = newExternalTaskId();
    const next = draftFromFields(defaultImage2VideoDraft(id, defaultModel(catalog)), request.recipe.fields, id);
    const guide = [request.recipe.guideMode, next.group].find(isGroup) ?? "first_frame";
    void store.reopen(request, { ...next, group: guide });
    const heading = document.getElementById("composer-heading");
    heading?.scrollIntoView({ block: "start" });
    heading?.focus();
  });
  const payload = { state: derived.payload, body: derived.body, bytes: derived.bytes, maskError: derived.maskError };

  // ---- What is set aside, and what the capability map says ---------------------------------------
  const extras = { hasLastFrame: lastFrame.status !== "empty", hasPainting: hasPainting(editorDoc) };
  const groupSetAside = [
    ...(group !== "first_last_frame" && extras.hasLastFrame ? [mf.groups.lastFrameSetAside] : []),
    ...(group !== "motion_brush" && extras.hasPainting ? [mf.groups.paintingSetAside(editorDoc.regions.length)] : []),
    ...(group !== "camera" && !isCameraUntouched(draft.camera) ? [mf.groups.cameraSetAside] : []),
  ];
  const groupOptions = frameGroupOptions(mf.groups).map((o) => {
    const aside = setAsideBySwitch(group, o.value, draft, extras, catalog).map((s) => mf.groups.setAsideNames[s.what as "last_frame" | "motion_brush" | "camera"]);
    return aside.length > 0 ? { ...o, hint: `${o.hint} ${mf.groups.switchSetsAside(all.locale.list(aside))}` } : o;
  });
  const fieldSetAside = setAsideSettings(draft, extras, catalog).filter((s) => !("group" in s));
  const takesMode = modelTakesMode(draft.model, catalog);
  const choices = modelChoices(draft.model, catalog);
  const advice = capabilityAdvice(
    { model: draft.model, mode: draft.mode, duration: draft.duration, group, cameraType: draft.camera.type, sound: draft.sound },
    catalog,
  );
  const adviceFor = (field: string) => advice.filter((a) => a.field === field);
  const adviceKey = advice.map((a) => a.message).join("\n");
  const confirmed = advice.length === 0 || confirmedFor === adviceKey;

  // ---- Pre-flight: the shared schema on the body as it will be sent (run once per change, in the store) ----
  const facts = derived.facts;
  const brush = group === "motion_brush" ? brushIssues(editorDoc, all.brushProblems) : [];
  // While a stroke's masks are being exported the body has none yet: the editor's own checks speak for the
  // masks then, so no false "masks are required" flashes after every stroke.
  const masksPending = derived.masksPending;
  // Null until the pre-flight module (and the words of its codes) have arrived: "checking", and no send meanwhile.
  const checking = derived.schemaIssues === null || codes === null;
  const schemaIssues = (derived.schemaIssues ?? []).map((i) => wordIssueCode(i, codes)).filter(
    (i) =>
      !(group === "motion_brush" && (brush.length > 0 || masksPending) && (i.path === "static_mask" || i.path.startsWith("dynamic_masks"))) &&
      !(i.path === "image" && frame.status !== "ready") &&
      !(i.path === "image_tail" && lastFrame.status === "empty"),
  );
  // Problems only the export finds (a region whose pixels all belong to a higher one) or an exporter failure:
  // shown in the editor's words, never swallowed into "no masks".
  const exportIssues: FieldIssue[] =
    group === "motion_brush" && brush.length === 0 && payload.maskError !== undefined
      ? payload.maskError instanceof MotionBrushExportError
        ? payload.maskError.problems.map((p) => brushIssue(editorDoc, p, all.brushProblems))
        : [{ path: "dynamic_masks", message: all.brushProblems.exportFailed }]
      : [];
  const shownSchema = exportIssues.length > 0 ? schemaIssues.filter((i) => i.path !== "static_mask" && !i.path.startsWith("dynamic_masks")) : schemaIssues;
  const issues: FieldIssue[] = frame.status === "ready" ? [...brush, ...exportIssues, ...shownSchema] : [];
  const worded = issues.map((i) => wordIssue(i, editorDoc, all.issueWords));
  const gateway = (problem?.issues ?? []).map((i) => wordIssueCode(i, codes));
  const issuesFor = (path: string) => [...new Set([...issuesAt(issues, path), ...issuesAt(gateway, path)])];

  const reason = sending
    ? m.submit.why.sending
    : frame.status === "empty"
      ? m.submit.why.noImage
      : frame.status === "reading"
        ? m.submit.why.reading
        : frame.status === "invalid"
          ? m.submit.why.badImage
          : group === "first_last_frame" && lastFrame.status !== "ready"
            ? mf.groups.noLastFrame
            : payload.state.status === "failed"
              ? all.preflight.budgetFailed
              : (wordedReason(worded, all.issueWords) ??
                (payload.state.status !== "ready"
                  ? all.preflight.preparing
                  : checking
                    ? all.preflight.checking
                    : !confirmed
                      ? all.preflight.confirm
                      : null));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const body = payload.body;
    if (reason !== null || !body) return;
    // Loaded already (no reason to wait is shown only once it is): the full check, images included, before sending.
    const { preflightImage2Video } = await loadPreflight();
    await submit.send(body, payload.bytes, preflightImage2Video(body, { group, facts, full: true, catalog }), {
      version: 1,
      kind: "image2video",
      guideMode: group,
      fields: { ...draft },
      editor: editorDoc,
    }, () => originalFrames(editorDoc, store.frameBlob));
  };

  return (
    <section aria-labelledby="composer-heading" className="rounded-2xl border border-zinc-200 bg-white p-3 shadow-sm sm:p-4">
      <h2 id="composer-heading" tabIndex={-1} className="sr-only">
        {m.heading}
      </h2>
      <form
        onSubmit={onSubmit}
        noValidate
        className="grid items-start gap-4 pb-28 lg:grid-cols-[minmax(0,1fr)_22rem] lg:pb-0"
      >
        <div role="group" aria-label={all.layout.workspace} className="min-w-0 space-y-3">
          <FirstFramePicker frame={frame} onPick={pickIn("first")} onClear={clearIn("first")} issues={issuesFor("image")} />
          {group === "first_last_frame" ? (
            <FirstFramePicker slot="last" frame={lastFrame} onPick={pickIn("last")} onClear={clearIn("last")} issues={issuesFor("image_tail")} />
          ) : null}
          {group === "motion_brush" && session ? <Editor session={session} sideSlot={sideSlot} durationS={Number(draft.duration) || 5} /> : null}
          {group === "camera" ? (
            <CameraPanel
              camera={draft.camera}
              onChange={(camera) => patch({ camera })}
              issues={issuesFor("camera_control")}
              advice={adviceFor("camera_control")}
              onSwitch={onSwitch}
            />
          ) : null}
          {group === "camera" && frame.status === "ready" ? (
            <CameraPreview blob={frame.blob} camera={cameraControlOf(draft.camera)} durationS={Number(draft.duration) || 5} />
          ) : null}
        </div>
        <div
          role="group"
          aria-label={all.layout.settings}
          className="min-w-0 lg:sticky lg:top-2 lg:flex lg:max-h-[calc(100dvh-12rem)] lg:flex-col"
        >
          <div className="min-h-0 space-y-4 lg:flex-1 lg:overflow-y-auto lg:pr-1">
            <p className="text-sm text-zinc-600">{m.intro}</p>
            <ExclusiveGroups value={group} options={groupOptions} onChange={(g) => patch({ group: g })} setAside={groupSetAside} />
            {/* Where the guide still works, read while choosing it and before painting. */}
            {group === "motion_brush" || group === "camera" ? <GuideAvailability feature={group} /> : null}
            <div ref={setSideSlot} className="empty:hidden" />
            <PromptField
              label={m.prompt.label}
              placeholder={m.prompt.placeholder}
              value={draft.prompt}
              onChange={(prompt) => patch({ prompt })}
              field="prompt"
              issues={issuesFor("prompt")}
            />
            <PromptField
              label={m.negativePrompt.label}
              placeholder={m.negativePrompt.placeholder}
              value={draft.negativePrompt}
              onChange={(negativePrompt) => patch({ negativePrompt })}
              field="negative_prompt"
              issues={issuesFor("negative_prompt")}
              rows={2}
            />
            <ModelSelect
              value={draft.model}
              onChange={(model) => patch(fitDraftToModel(draft, model, catalog))}
              advice={adviceFor("model_name")}
              onSwitch={onSwitch}
              issues={issuesFor("model_name")}
            />
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
              <ModeField
                value={draft.mode}
                onChange={(mode) => patch({ mode })}
                takesMode={takesMode}
                modes={choices.modes}
                modelLabel={findModel(catalog, draft.model)?.label ?? draft.model}
                advice={adviceFor("mode")}
                onSwitch={onSwitch}
              />
              <DurationField
                value={draft.duration}
                durations={choices.durations}
                onChange={(duration) => patch({ duration })}
                advice={adviceFor("duration")}
                onSwitch={onSwitch}
              />
            </div>
            <RequestFieldsPanel
              fields={draft}
              onChange={patch}
              onNewId={() => patch({ externalTaskId: newExternalTaskId() })}
              issuesFor={issuesFor}
              advice={adviceFor("sound")}
              onSwitch={onSwitch}
            />
            <SetAsideNote items={fieldSetAside} />
            <BudgetMeter state={payload.state} budget={bodyLimitBytes} nameOf={(key) => all.budget.names[key] ?? key} />
            <RequestPreview kind="image2video" body={payload.body} />
            <TodoSummary worded={worded} />
            <OutsideMapConfirm count={advice.length} confirmed={confirmed} onChange={(v) => setConfirmedFor(v ? adviceKey : null)} />
            <IssueSummary ref={summaryRef} problem={problem} labelOf={(i) => wordIssue(i, editorDoc, all.issueWords).label} />
          </div>
          {/* Create stays in view: pinned under the scrolling settings on a desktop, at the screen's foot on a phone. */}
          <div className="fixed inset-x-0 bottom-0 z-20 space-y-1 border-t border-zinc-200 bg-white/95 px-3 py-2 shadow-[0_-4px_12px_rgba(0,0,0,0.06)] backdrop-blur lg:static lg:z-auto lg:mt-3 lg:space-y-2 lg:px-0 lg:pb-0 lg:shadow-none">
            <SubmitButton reason={reason} sending={sending} />
            <CostEstimate
              query={{ model: draft.model, mode: takesMode ? draft.mode : null, duration: draft.duration, sound: draft.sound === "on" && modelTakesSound(draft.model, catalog) }}
            />
            <p className="text-xs text-zinc-600 max-lg:sr-only">{m.submit.idNote}</p>
            <p role="status" className="text-sm text-zinc-700 empty:hidden">
              {outcome}
            </p>
          </div>
        </div>
      </form>
    </section>
  );
}
