"use client";
import { useIssueCodes } from "@/lib/i18n/features/issueCodes";
import { useMultiMessages } from "@/lib/i18n/features/multi";
import { useCallback, useMemo, useState, type FormEvent } from "react";
import { useCatalog } from "@/components/catalog-context";
import { newExternalTaskId } from "@/lib/client/external-id";
import type { SourceImage } from "@/lib/client/prepare-payload";
import { issuesAt, preflightMultiImage, type FactsByPath } from "@/lib/composer/preflight";
import { buildMultiImageBody, defaultMultiImageDraft, MULTI_IMAGE_MODEL, type MultiImageDraft } from "@/lib/composer/request-body";
import { findModel, isRetired } from "@/lib/kling/builtin-catalog";
import { MAX_MULTI_IMAGES } from "@/lib/kling/limits";
import { ASPECT_RATIOS, MULTI_IMAGE_DURATIONS } from "@/lib/kling/models";
import type { FieldIssue } from "@/lib/kling/schemas";
import { useMessages } from "@/lib/i18n/messages-context";
import { BudgetMeter } from "./budget-meter";
import { ChoiceGroup } from "./choice-group";
import { OutsideMapConfirm } from "./capability-advice";
import { DurationField } from "./duration-field";
import { GuideAvailability } from "./guide-availability";
import { IssueSummary } from "./issue-summary";
import { ModeField } from "./mode-field";
import { MultiImagePicker } from "./multi-image-picker";
import { emptyDocument } from "@/lib/editor/document";
import { wordedReason, wordIssue } from "./issue-words";
import { TodoSummary } from "./preflight-summary";
import { PromptField } from "./prompt-field";
import { RequestFieldsPanel } from "./request-fields-panel";
import { RequestPreview } from "./request-preview";
import { SubmitButton } from "./submit-button";
import { useImageList } from "./use-image-list";
import { useMultiDraft } from "./use-multi-draft";
import { wordIssueCode } from "./word-issue";
import { useJobSubmit } from "./use-job-submit";
import { usePreparedPayload } from "./use-prepared-payload";

/** The multi-image request has no motion brush: issues are worded without regions. */
const NO_DOCUMENT = emptyDocument();
const keyOf = (i: number) => `image_list.${i}`;

/** Multi-image-to-video: 1 to 4 reference images, a required prompt, aspect ratio, mode and duration. */
export function MultiImageComposer({ bodyLimitBytes }: { bodyLimitBytes: number }) {
  const all = useMessages();
  const codes = useIssueCodes();
  const m = useMultiMessages();
  const c = all.composer;
  const { images, add, remove } = useImageList(MAX_MULTI_IMAGES);
  const [draft, setDraft] = useState<MultiImageDraft>(() => defaultMultiImageDraft(newExternalTaskId()));
  const catalog = useCatalog();
  const [confirmed, setConfirmed] = useState(false);
  const submit = useJobSubmit({
    kind: "multi-image2video",
    defaultModel: MULTI_IMAGE_MODEL,
    bodyLimitBytes,
    onSent: () => setDraft((d) => ({ ...d, externalTaskId: newExternalTaskId() })),
  });
  const { sending, problem, outcome, summaryRef } = submit;
  useMultiDraft({
    draft,
    setDraft,
    images,
    replaceImages: (pictures) => add(pictures, 0, true),
    onReopen: () => {
      submit.clear();
      setConfirmed(false);
      const heading = document.getElementById("multi-heading");
      heading?.scrollIntoView({ block: "start" });
      heading?.focus();
    },
  });

  const patch = (p: Partial<MultiImageDraft>) => {
    submit.clear();
    setDraft((d) => ({ ...d, ...p }));
  };

  const reading = images.some((i) => i.status === "reading");
  const broken = images.some((i) => i.status === "read" && i.reading.source === null);
  const sources = useMemo<SourceImage[] | null>(() => {
    if (images.length === 0 || reading || broken) return null;
    return images.flatMap((img, i) => (img.status === "read" && img.reading.source ? [{ ...img.reading.source, key: keyOf(i) }] : []));
  }, [images, reading, broken]);
  const sourcesKey = images.map((i) => i.id).join(",");

  const build = useCallback(
    (imgs: Readonly<Record<string, string>>) => buildMultiImageBody(draft, images.map((_, i) => imgs[keyOf(i)] ?? "")),
    [draft, images],
  );
  const payload = usePreparedPayload({ sources, sourcesKey, budget: bodyLimitBytes, build });

  const facts: FactsByPath = {};
  if (payload.state.status === "ready") {
    payload.state.images.forEach((img, i) => {
      facts[`image_list[${i}].image`] = { type: img.type, width: img.width, height: img.height, bytes: img.bytes };
    });
  }
  // Before the images are fitted, check the other fields against placeholder images.
  const checked = payload.body ?? buildMultiImageBody(draft, images.map(() => "AAAA"));
  const issues: FieldIssue[] = (images.length > 0 ? preflightMultiImage(checked, { facts }) : []).map((i) => wordIssueCode(i, codes));
  const gateway = (problem?.issues ?? []).map((i) => wordIssueCode(i, codes));
  const at = (path: string) => [...new Set([...issuesAt(issues, path), ...issuesAt(gateway, path)])];

  // kling-v1-6, the only multi-image model, is retired on the official API: sent only on purpose.
  const retired = isRetired(findModel(catalog, MULTI_IMAGE_MODEL));
  const reason = sending
    ? c.submit.why.sending
    : images.length === 0
      ? m.why.noImages
      : reading
        ? m.why.reading
        : broken
          ? m.why.badImages
          : payload.state.status === "failed"
            ? all.preflight.budgetFailed
            : (wordedReason(
                issues.map((i) => wordIssue(i, NO_DOCUMENT, all.issueWords)),
                all.issueWords,
              ) ?? (payload.state.status !== "ready" ? all.preflight.preparing : retired && !confirmed ? all.preflight.confirm : null));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const body = payload.body;
    if (reason !== null || !body) return;
    await submit.send(body, payload.bytes, preflightMultiImage(body, { facts, full: true }), {
      version: 1,
      kind: "multi-image2video",
      fields: { ...draft },
    });
  };

  return (
    <section aria-labelledby="multi-heading" className="rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id="multi-heading" tabIndex={-1} className="text-lg font-semibold text-zinc-900">
        {m.heading}
      </h2>
      <p className="mt-1 text-sm text-zinc-600">{m.intro}</p>
      <form onSubmit={onSubmit} noValidate className="mt-5 space-y-5">
        <MultiImagePicker
          images={images}
          onAdd={(files) => {
            submit.clearProblem();
            return add(files, images.length);
          }}
          onRemove={(id) => {
            submit.clearProblem();
            remove(id);
          }}
          issuesAt={(i) => at(`image_list[${i}].image`)}
          listIssues={[...new Set([...issues, ...gateway].filter((i) => i.path === "image_list").map((i) => i.message))]}
        />
        <PromptField
          label={c.prompt.label}
          placeholder={m.prompt.placeholder}
          value={draft.prompt}
          onChange={(prompt) => patch({ prompt })}
          issues={at("prompt")}
        />
        <PromptField
          label={c.negativePrompt.label}
          placeholder={c.negativePrompt.placeholder}
          value={draft.negativePrompt}
          onChange={(negativePrompt) => patch({ negativePrompt })}
          issues={at("negative_prompt")}
          rows={2}
        />
        <p className="text-sm text-zinc-600">{m.model(MULTI_IMAGE_MODEL)}</p>
        <GuideAvailability feature="multi_image" />
        <div className="grid gap-5 sm:grid-cols-2">
          <ModeField value={draft.mode} onChange={(mode) => patch({ mode })} takesMode modelLabel={MULTI_IMAGE_MODEL} />
          <DurationField value={draft.duration} onChange={(duration) => patch({ duration })} durations={MULTI_IMAGE_DURATIONS} />
        </div>
        <ChoiceGroup
          legend={m.aspect.legend}
          name="multi-aspect"
          value={draft.aspectRatio}
          onChange={(aspectRatio) => patch({ aspectRatio })}
          columns={3}
          choices={ASPECT_RATIOS.map((a) => ({ value: a, label: m.aspect.options[a], hint: m.aspect.hints[a] }))}
        />
        <RequestFieldsPanel
          kind="multi-image2video"
          fields={{ model: MULTI_IMAGE_MODEL, duration: draft.duration, cfgScale: 0.5, sound: "off", voices: [], multiShot: "off", shots: [], elements: [], watermark: false, callbackUrl: draft.callbackUrl, externalTaskId: draft.externalTaskId }}
          onChange={(p) => patch({ ...(p.callbackUrl !== undefined ? { callbackUrl: p.callbackUrl } : {}), ...(p.externalTaskId !== undefined ? { externalTaskId: p.externalTaskId } : {}) })}
          onNewId={() => patch({ externalTaskId: newExternalTaskId() })}
          issuesFor={at}
        />
        <BudgetMeter state={payload.state} budget={bodyLimitBytes} nameOf={(key) => all.budget.listName(Number(key.split(".")[1]) + 1)} />
        <RequestPreview kind="multi-image2video" body={payload.body} />
        <TodoSummary worded={issues.map((i) => wordIssue(i, NO_DOCUMENT, all.issueWords))} />
        <OutsideMapConfirm count={retired ? 1 : 0} confirmed={confirmed} onChange={setConfirmed} />
        <IssueSummary ref={summaryRef} problem={problem} />
        <div className="flex flex-col gap-3 border-t border-zinc-100 pt-4 sm:flex-row sm:items-start sm:justify-between">
          <SubmitButton reason={reason} sending={sending} />
          <p className="text-xs text-zinc-500 sm:max-w-64 sm:text-right">{c.submit.idNote}</p>
        </div>
        <p role="status" className="text-sm text-zinc-700 empty:hidden">
          {outcome}
        </p>
      </form>
    </section>
  );
}
