// Configuration problems as codes with params, worded on the page in its language (en.upstream.notices /
// zh.upstream.notices). The English sentences in ServerConfig.problems and CatalogState.problems stay for logs and
// the health JSON. No secret value is ever a param.
export type ConfigNotice =
  /** An environment variable with a value the server cannot use (the detail is in the server log). */
  | { code: "env-invalid"; name: string }
  /** One of the official key pair without the other. */
  | { code: "keys-half"; set: string; missing: string }
  | { code: "session-secret-missing"; min: number }
  | { code: "session-secret-short"; min: number }
  /** The capability file cannot be read (`errno`: ENOENT, EACCES…). */
  | { code: "capabilities-unreadable"; errno: string }
  | { code: "capabilities-not-json" }
  /** The file has `count` problems (listed in the server log) and was not applied. */
  | { code: "capabilities-invalid"; count: number };

export type ConfigNoticeWords = { [K in ConfigNotice["code"]]: (n: Extract<ConfigNotice, { code: K }>) => string };

export function wordConfigNotice(n: ConfigNotice, words: ConfigNoticeWords): string {
  return (words[n.code] as (n: ConfigNotice) => string)(n);
}
