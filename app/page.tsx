import { AccessNotice } from "@/components/access/access-notice";
import { CatalogProvider } from "@/components/catalog-context";
import { Composer } from "@/components/composer/composer";
import { ComposerTabs } from "@/components/composer/composer-tabs";
import { BrandMark } from "@/components/brand-mark";
import { LanguageSwitch } from "@/components/language-switch";
import { JobsDrawer, JobsPanelProvider, JobsToggle } from "@/components/layout/jobs-drawer";
import { LazyMultiImageComposer } from "@/components/layout/lazy-multi-image";
import { UpstreamNotice } from "@/components/upstream-notice";
import { getMessages } from "@/lib/i18n/messages";
import { getRequestLocale } from "@/lib/i18n/server";
import { getAccessView } from "@/lib/server/access-view";
import { getCatalogState } from "@/lib/server/catalog";
import { getPublicConfig } from "@/lib/server/env";

// The upstream kind, body limit, access and capability data come from the server's environment at request time.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const config = getPublicConfig();
  const access = await getAccessView();
  const m = getMessages(await getRequestLocale());
  const capabilities = getCatalogState();
  return (
    <JobsPanelProvider>
      <div className="min-h-dvh">
        <header className="border-b border-zinc-200 bg-white">
          <div className="mx-auto flex max-w-[100rem] items-center gap-3 px-3 py-2 sm:px-4">
            <BrandMark className="size-8 rounded-lg" />
            <div className="min-w-0 flex-1">
              <h1 className="text-lg font-semibold tracking-tight text-zinc-900">{m.app.name}</h1>
              <p className="hidden truncate text-xs text-zinc-600 md:block">{m.app.tagline}</p>
            </div>
            <LanguageSwitch />
            <JobsToggle />
          </div>
        </header>
        {/* The jobs panel is a column beside the workspace on a desktop (the workspace narrows), a sheet on a phone. */}
        <div className="lg:flex">
          <main className="mx-auto min-w-0 max-w-[100rem] flex-1 space-y-3 px-3 py-3 sm:px-4">
            <AccessNotice view={access} m={m.access} />
            <UpstreamNotice
              upstream={config.upstream}
              simulatorTaskMs={config.simulatorTaskMs}
              problems={config.notices}
              capabilityProblems={capabilities.notices}
              m={m.upstream}
            />
            <CatalogProvider catalog={capabilities.catalog}>
              <ComposerTabs
                single={<Composer bodyLimitBytes={config.bodyLimitBytes} />}
                multi={<LazyMultiImageComposer bodyLimitBytes={config.bodyLimitBytes} />}
              />
            </CatalogProvider>
          </main>
          <JobsDrawer />
        </div>
      </div>
    </JobsPanelProvider>
  );
}
