// The sign-in page, its errors, the signed-in page and the keys-but-no-gate notice, in Chinese and in English:
// no English on the Chinese pages, axe finds nothing in either (runs in the "access" project, against the gate).
import { expect, test } from "@playwright/test";
import e2eEnv from "./e2e-env.json";
import { MESSAGES } from "@/lib/i18n/messages";
import { PORTS } from "./ports";
import { Sweep, useLocale } from "./zh-sweep";

const ACCESS = e2eEnv.access;

for (const locale of ["zh", "en"] as const) {
  test(`sign-in and access screens read in ${locale === "zh" ? "Chinese" : "English"} with no axe violation`, async ({ page, baseURL }) => {
    const m = MESSAGES[locale];
    const sweep = new Sweep(page, locale);
    await useLocale(page, locale, baseURL!);

    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { name: m.access.signInTitle })).toBeVisible();
    await sweep.check("sign-in page");

    await page.getByLabel(m.access.password).fill("not the password");
    await page.getByRole("button", { name: m.access.signIn, exact: true }).click();
    // A wrong password, or (after many tries from this address) the sign-in limit: either is worded here.
    const wrong = page.getByText(m.access.reasons["wrong-password"]).or(page.getByText(m.access.reasons["limit-signIn"](60).split(/\d/)[0]!));
    await expect(wrong.first()).toBeVisible();
    await sweep.check("sign-in page, refused (wrong password or too many tries)");

    await page.getByLabel(m.access.password).fill(ACCESS.password);
    await page.getByRole("button", { name: m.access.signIn, exact: true }).click();
    await expect(page.getByText(m.access.signedIn)).toBeVisible();
    await sweep.check("signed in: the composer with sign-out");

    // Keys and no gate chosen: the page says what to set.
    const closed = `http://127.0.0.1:${PORTS.closed}/`;
    await useLocale(page, locale, closed);
    await page.goto(closed);
    await expect(page.getByText(m.access.closedHeading)).toBeVisible();
    await sweep.check("keys set, nobody let in: what the operator must set");

    sweep.save("access");
  });
}
