"use client";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { useCatalog } from "@/components/catalog-context";
import { MotionBrushEditor } from "@/components/editor/motion-brush-editor";
import { useEditorSession, useSettledDocument } from "@/components/editor/use-editor-session";
import { newExternalTaskId } from "@/lib/client/external-id";
import type { MaskFields } from "@/lib/client/prepare-payload";
import { issuesAt, preflightImage2Video, type FactsByPath } from "@/lib/composer/preflight";
import {
  buildImage2VideoBody,
  defaultImage2VideoDraft,
  fitDraftToModel,
  isCameraUntouched,
  modelChoices,
  modelTakesMode,
  modelTakesSound,
  setAsideBySwitch,
  setAsideSettings,
  type Image2VideoDraft,
} from "@/lib/composer/request-body";
import { applySwitch, capabilityAdvice, type Switch } from "@/lib/composer/suggestions";
import { emptyDocument, hasPainting } from "@/lib/editor/document";
import { defaultModel, findModel } from "@/lib/kling/catalog";
import type { FieldIssue } from "@/lib/kling/schemas";
import { useMessages } from "@/lib/i18n/messages-context";
import { brushIssues } from "./brush-issues";
import { BudgetMeter } from "./budget-meter";
import { CameraPanel } from "./camera-panel";
import { CostEstimate } from "./cost-estimate";
import { OutsideMapConfirm } from "./capability-advice";
import { DurationField } from "./duration-field";
import { ExclusiveGroups, frameGroupOptions } from "./exclusive-groups";
import { FirstFramePicker } from "./first-frame-picker";
import { GuideAvailability } from "./guide-availability";
import { IssueSummary } from "./issue-summary";
import { ModeField } from "./mode-field";
import { ModelSelect } from "./model-select";
import { fixReason, PreflightSummary } from "./preflight-summary";
import { PromptField } from "./prompt-field";
import { RequestFieldsPanel } from "./request-fields-panel";
import { RequestPreview } from "./request-preview";
import { SetAsideNote } from "./set-aside-note";
import { SubmitButton } from "./submit-button";
import { useFirstFrame } from "./use-first-frame";
import { useDraftRestore } from "./use-draft-restore";
import { useFramePayload } from "./use-frame-payload";
import { originalFrames } from "./original-frames";
import { useJobSubmit } from "./use-job-submit";
import { wordIssue } from "./word-issue";
/** Placeholder frames so pre-flight can check every other field before the images are fitted. */
const PLACEHOLDER = "AAAA";

export function Composer({ bodyLimitBytes }: { bodyLimitBytes: number }) {
  const all = useMessages();
  const m = all.composer;
  const mf = all.frames;
  const { frame, pick, clear } = useFirstFrame();
  const last = useFirstFrame();
  const session = useEditorSession();
  const catalog = useCatalog();
  // Settled: the form and the mask export follow finished gestures, not every pointer move.
  const editorDoc = useSettledDocument(session.store);
  const [draft, setDraft] = useState<Image2VideoDraft>(() => defaultImage2VideoDraft(newExternalTaskId(), defaultModel(catalog)));
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const submit = useJobSubmit({
    kind: "image2video",
    defaultModel: draft.model,
    bodyLimitBytes,
    onSent: () => setDraft((d) => ({ ...d, externalTaskId: newExternalTaskId() })),
  });
  const { sending, problem, outcome, summaryRef } = submit;
  const group = draft.group;

  // A stale "fix this field" list from the gateway misleads once anything is edited: clear it on any change.
  const patch = (p: Partial<Image2VideoDraft>) => {
    submit.clear();
    setDraft((d) => ({ ...d, ...p }));
  };
  const onSwitch = (s: Switch) => {
    const next = applySwitch({ model: draft.model, mode: draft.mode, duration: draft.duration, group, cameraType: draft.camera.type, sound: draft.sound }, s);
    patch({ model: next.model, mode: next.mode, duration: next.duration, sound: next.sound, camera: { ...draft.camera, type: next.cameraType } });
  };

  const pickFrame = (file: Blob, name: string) => {
    submit.clearProblem();
    void pick(file, name);
  };
  const clearFrame = () => {
    submit.clearProblem();
    clear();
    session.clearFrame("first");
  };
  const pickLast = (file: Blob, name: string) => {
    submit.clearProblem();
    void last.pick(file, name);
  };
  const clearLast = () => {
    submit.clearProblem();
    last.clear();
    session.clearFrame("last");
  };

  // The editor session keeps both frames (and the painting) across reloads; checked frames go in,
  // restored ones come back through the pickers' own checks.
  const { setFrame: sessionSetFrame, restored } = session;
  const pickLastFrame = last.pick;
  useEffect(() => {
    if (frame.status === "ready") sessionSetFrame("first", frame.blob, { name: frame.name, width: frame.reading.facts.width, height: frame.reading.facts.height });
  }, [frame, sessionSetFrame]);
  useEffect(() => {
    const f = last.frame;
    if (f.status === "ready") sessionSetFrame("last", f.blob, { name: f.name, width: f.reading.facts.width, height: f.reading.facts.height });
  }, [last.frame, sessionSetFrame]);
  useEffect(() => {
    if (restored.first) void pick(restored.first.blob, restored.first.name);
    if (restored.last) void pickLastFrame(restored.last.blob, restored.last.name);
  }, [restored, pick, pickLastFrame]);

  // ---- The draft survives a reload; a reopened job's recipe becomes a new draft -----------------------
  const defaults = useCallback((id: string) => defaultImage2VideoDraft(id, defaultModel(catalog)), [catalog]);
  useDraftRestore({
    draft,
    defaults,
    newId: newExternalTaskId,
    setDraft,
    onReopen: (request) => {
      submit.clear();
      setConfirmedFor(null);
      const blobs: Record<string, Blob> = {};
      for (const f of Object.values(request.frames)) if (f?.id) blobs[f.id] = f.blob;
      session.load(request.doc ?? emptyDocument(), blobs);
      if (request.frames.first) void pick(request.frames.first.blob, request.frames.first.name);
      else clear();
      if (request.frames.last) void pickLastFrame(request.frames.last.blob, request.frames.last.name);
      else last.clear();
      const heading = document.getElementById("composer-heading");
      heading?.scrollIntoView({ block: "start" });
      heading?.focus();
    },
  });

  // ---- What is sent: the images fitted to the budget, the fields from the draft --------------------
  const build = useCallback(
    (images: Readonly<Record<string, string>>, masks: MaskFields | undefined) =>
      buildImage2VideoBody(draft, { ...(images.image ? { image: images.image } : {}), ...(images.image_tail ? { image_tail: images.image_tail } : {}), ...masks }, catalog),
    [draft, catalog],
  );
  const payload = useFramePayload({ first: frame, last: last.frame, group, doc: editorDoc, budget: bodyLimitBytes, build });

  // ---- What is set aside, and what the capability map says ---------------------------------------
  const extras = { hasLastFrame: last.frame.status !== "empty", hasPainting: hasPainting(editorDoc) };
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

  // ---- Pre-flight: the shared schema on the body as it will be sent -----------------------------------
  const facts: FactsByPath = {};
  if (payload.state.status === "ready") {
    for (const img of payload.state.images) facts[img.key] = { type: img.type, width: img.width, height: img.height, bytes: img.bytes };
  }
  const checked =
    payload.body ??
    buildImage2VideoBody(
      draft,
      {
        ...(frame.status === "ready" ? { image: PLACEHOLDER } : {}),
        ...(group === "first_last_frame" && last.frame.status === "ready" ? { image_tail: PLACEHOLDER } : {}),
      },
      catalog,
    );
  const brush = group === "motion_brush" ? brushIssues(editorDoc, all.editor.problems) : [];
  const schemaIssues = preflightImage2Video(checked, { group, facts, catalog }).map((i) => wordIssue(i, all.issueCodes)).filter(
    // The editor names what is missing more precisely than "masks are required".
    (i) => !(brush.length > 0 && i.path === "dynamic_masks" && group === "motion_brush") && !(i.path === "image" && frame.status !== "ready"),
  );
  const issues: FieldIssue[] = frame.status === "ready" ? [...schemaIssues, ...brush] : [];
  const gateway = (problem?.issues ?? []).map((i) => wordIssue(i, all.issueCodes));
  const issuesFor = (path: string) => [...new Set([...issuesAt(issues, path), ...issuesAt(gateway, path)])];

  const reason = sending
    ? m.submit.why.sending
    : frame.status === "empty"
      ? m.submit.why.noImage
      : frame.status === "reading"
        ? m.submit.why.reading
        : frame.status === "invalid"
          ? m.submit.why.badImage
          : group === "first_last_frame" && last.frame.status !== "ready"
            ? mf.groups.noLastFrame
            : payload.state.status === "failed"
              ? all.preflight.budgetFailed
              : (fixReason(issues, all.preflight.fix) ??
                (payload.state.status !== "ready" ? all.preflight.preparing : !confirmed ? all.preflight.confirm : null));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const body = payload.body;
    if (reason !== null || !body) return;
    await submit.send(body, payload.bytes, preflightImage2Video(body, { group, facts, full: true, catalog }), {
      version: 1,
      kind: "image2video",
      guideMode: group,
      fields: { ...draft },
      editor: editorDoc,
    }, () => originalFrames(editorDoc, session.frameBlob));
  };

  return (
    <section aria-labelledby="composer-heading" className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="composer-heading" tabIndex={-1} className="text-lg font-semibold text-zinc-900 focus:outline-none">
        {m.heading}
      </h2>
      <p className="mt-1 text-sm text-zinc-600">{m.intro}</p>
      <form onSubmit={onSubmit} noValidate className="mt-5 space-y-5">
        <FirstFramePicker frame={frame} onPick={pickFrame} onClear={clearFrame} issues={issuesFor("image")} />
        <ExclusiveGroups value={group} options={groupOptions} onChange={(g) => patch({ group: g })} setAside={groupSetAside} />
        {group === "first_last_frame" ? (
          <FirstFramePicker slot="last" frame={last.frame} onPick={pickLast} onClear={clearLast} issues={issuesFor("image_tail")} />
        ) : null}
        {group === "motion_brush" ? <GuideAvailability feature="motion_brush" /> : null}
        {group === "motion_brush" ? <MotionBrushEditor session={session} /> : null}
        {group === "camera" ? <GuideAvailability feature="camera" /> : null}
        {group === "camera" ? (
          <CameraPanel
            camera={draft.camera}
            onChange={(camera) => patch({ camera })}
            issues={issuesFor("camera_control")}
            advice={adviceFor("camera_control")}
            onSwitch={onSwitch}
          />
        ) : null}
        {group === "motion_brush" ? (
          <ul aria-live="polite" className="space-y-0.5 text-sm text-red-700 empty:hidden">
            {[...issuesFor("static_mask"), ...issuesFor("dynamic_masks")].map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        ) : null}
        <PromptField
          label={m.prompt.label}
          placeholder={m.prompt.placeholder}
          value={draft.prompt}
          onChange={(prompt) => patch({ prompt })}
          issues={issuesFor("prompt")}
        />
        <PromptField
          label={m.negativePrompt.label}
          placeholder={m.negativePrompt.placeholder}
          value={draft.negativePrompt}
          onChange={(negativePrompt) => patch({ negativePrompt })}
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
        <div className="grid gap-5 sm:grid-cols-2">
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
        <PreflightSummary issues={issues} />
        <OutsideMapConfirm count={advice.length} confirmed={confirmed} onChange={(v) => setConfirmedFor(v ? adviceKey : null)} />
        <IssueSummary ref={summaryRef} problem={problem} />
        <div className="flex flex-col gap-3 border-t border-zinc-100 pt-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="space-y-2">
            <SubmitButton reason={reason} sending={sending} />
            <CostEstimate
              query={{ model: draft.model, mode: takesMode ? draft.mode : null, duration: draft.duration, sound: draft.sound === "on" && modelTakesSound(draft.model, catalog) }}
            />
          </div>
          <p className="text-xs text-zinc-600 sm:max-w-64 sm:text-right">{m.submit.idNote}</p>
        </div>
        <p role="status" className="text-sm text-zinc-700 empty:hidden">
          {outcome}
        </p>
      </form>
    </section>
  );
}
