// The first Intl formatter a browser tab builds loads ICU's locale data: 20-85 ms of main thread on this machine,
// and the composer's first render (the prompt's counter, the duration) needs one, so it lands inside hydration,
// the page's longest task. ICU's data is shared by the whole renderer process: a throwaway Web Worker that builds
// the same formatters while the page's scripts download takes that cost off the main thread (the page's own first
// formatter then costs under 1 ms). The root layout runs this as an inline script in <head>. Pure: no React.

/**
 * The worker's code: one formatter of the page's locale (any one loads the locale's data; the page's own, of other
 * options, then cost under 1 ms), then it ends itself.
 */
export function warmIntlWorkerSource(tag: string): string {
  return `new Intl.NumberFormat(${JSON.stringify(tag)}).format(2500);\nclose();`;
}

/** The inline script: starts the worker from a blob (CSP worker-src allows blob:); any failure is harmless. */
export function warmIntlScript(tag: string): string {
  const source = JSON.stringify(warmIntlWorkerSource(tag));
  return `try{new Worker(URL.createObjectURL(new Blob([${source}],{type:"text/javascript"})))}catch(e){}`;
}
