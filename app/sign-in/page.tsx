import type { Metadata } from "next";
import { SignInForm } from "@/components/access/sign-in-form";
import { BrandMark } from "@/components/brand-mark";
import { LanguageSwitch } from "@/components/language-switch";
import { getMessages } from "@/lib/i18n/messages";
import { getRequestLocale } from "@/lib/i18n/server";

// proxy.ts sends signed-in visitors (and every visitor when no password is set) to the composer.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const m = getMessages(await getRequestLocale());
  return { title: `${m.access.signIn} · ${m.app.name}` };
}

export default async function SignInPage() {
  const m = getMessages(await getRequestLocale());
  return (
    <main className="grid min-h-dvh place-items-center px-4 py-10">
      <div className="w-full max-w-sm rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm sm:p-8">
        <div className="mb-6 flex items-center gap-3">
          <BrandMark className="size-9 rounded-xl" />
          <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{m.access.signInTitle}</h1>
          <div className="ml-auto">
            <LanguageSwitch />
          </div>
        </div>
        <p className="mb-6 text-sm text-zinc-600">{m.access.signInIntro}</p>
        <SignInForm />
      </div>
    </main>
  );
}
