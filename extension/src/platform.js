// Which extension API object to use, and whether this is Firefox.
// Recent Chrome also defines `browser`, so its presence does not mean Firefox;
// runtime.getBrowserInfo exists only in Firefox.
export const api = globalThis.browser && globalThis.browser.runtime ? globalThis.browser : globalThis.chrome;
export const isFirefox = Boolean(api && api.runtime && typeof api.runtime.getBrowserInfo === 'function');
