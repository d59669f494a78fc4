import { CatalogProvider } from "@/components/catalog-context";
import { Composer } from "@/components/composer/composer";
import { ComposerTabs } from "@/components/composer/composer-tabs";
import { MultiImageComposer } from "@/components/composer/multi-image-composer";
import { JobList } from "@/components/jobs/job-list";
import { AccessNotice } from "@/components/access/access-notice";
import { LanguageSwitch } from "@/components/language-switch";
import { UpstreamNotice } from "@/components/upstream-notice";
import { getMessages } from "@/lib/i18n/messages";
import { getRequestLocale } from "@/lib/i18n/server";
import { getCatalogState } from "@/lib/server/catalog";
import { getAccessView } from "@/lib/server/access-view";
import { getPublicConfig } from "@/lib/server/env";

// The upstream kind and body limit come from the server's environment at request time.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const config = getPublicConfig();
  const access = await getAccessView();
  const m = getMessages(await getRequestLocale());
  const capabilities = getCatalogState();
  return (
    <div className="min-h-dvh">
      <header className="border-b border-zinc-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-4 sm:px-6">
          <span aria-hidden className="grid size-9 shrink-0 place-items-center rounded-xl bg-accent-600 text-white">
            <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
              <path d="M4 17c3-6 6 2 9-4s5-6 7-5" strokeLinecap="round" />
              <circle cx="20" cy="8" r="1.6" fill="currentColor" stroke="none" />
            </svg>
          </span>
          <div className="min-w-0">
            <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{m.app.name}</h1>
            <p className="text-sm text-zinc-600">{m.app.tagline}</p>
          </div>
          <div className="ml-auto self-start sm:self-center"><LanguageSwitch /></div>
        </div>
      </header>
      <main className="mx-auto max-w-7xl space-y-6 px-4 py-6 sm:px-6 sm:py-8">
        <AccessNotice view={access} m={m.access} />
        <UpstreamNotice
          upstream={config.upstream}
          simulatorTaskMs={config.simulatorTaskMs}
          problems={config.problems ?? []}
          capabilityProblems={capabilities.problems}
          m={m.upstream}
        />
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <CatalogProvider catalog={capabilities.catalog}>
            <ComposerTabs
              single={<Composer bodyLimitBytes={config.bodyLimitBytes} />}
              multi={<MultiImageComposer bodyLimitBytes={config.bodyLimitBytes} />}
            />
          </CatalogProvider>
          <JobList />
        </div>
      </main>
    </div>
  );
}
