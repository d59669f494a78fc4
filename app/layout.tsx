import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { LOCALE_TAGS } from "@/lib/i18n/locale";
import { getMessages } from "@/lib/i18n/messages";
import { getRequestLocale } from "@/lib/i18n/server";
import { warmIntlScript } from "@/lib/i18n/warm-intl";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const m = getMessages(await getRequestLocale());
  return { title: m.app.name, description: m.app.tagline };
}

// Every page is rendered per request, so each gets the CSP nonce proxy.ts makes.
export const dynamic = "force-dynamic";

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#fafafa",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getRequestLocale();
  // proxy.ts puts the CSP nonce on the request; the inline script needs it.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang={LOCALE_TAGS[locale]}>
      <head>
        {/* ICU's locale data loads in a worker while the scripts download, not inside hydration (warm-intl.ts). */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: warmIntlScript(LOCALE_TAGS[locale]) }} />
      </head>
      <body>
        <Providers locale={locale}>{children}</Providers>
      </body>
    </html>
  );
}
