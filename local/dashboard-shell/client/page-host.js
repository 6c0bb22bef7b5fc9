// Runs inside the page iframe before the built page: connects the page to the dashboard frame the
// way Wix's host does, and renders the page module exactly as `wix app build` emitted it.
const config = JSON.parse(document.getElementById('page-config').textContent);
const shell = window.parent.__dashboardShell;
const WIX_API_ORIGIN = 'https://www.wixapis.com';

// The page's SDK calls https://www.wixapis.com, which a browser cannot send to this machine.
// Rewriting that one origin to the shell (which forwards to the emulator) keeps the page and the
// SDK untouched; a Service Worker would do the same with a first-load reload and more moving parts.
const browserFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (!url.startsWith(`${WIX_API_ORIGIN}/`)) return browserFetch(input, init);
  const local = `${location.origin}/__wixapis${url.slice(WIX_API_ORIGIN.length)}`;
  return browserFetch(input instanceof Request ? new Request(local, input) : local, init);
};

// The account's language, from the iframe URL's `essentials` parameter, read as @wix/dashboard's host reads it
// (URI-encoded JSON). Without one, host.essentials stays empty and @wix/essentials' i18n calls throw, as on Wix.
function essentialsFromUrl() {
  const raw = new URLSearchParams(location.search).get('essentials');
  if (!raw) return undefined;
  try {
    return JSON.parse(decodeURIComponent(raw));
  } catch {
    return undefined;
  }
}
const essentials = essentialsFromUrl();
const environment = { locale: essentials?.locale, language: essentials?.language, embedded: true, pageLocation: { pageId: config.pageId, pathname: '/' } };

// The host channel @wix/dashboard talks to (showToast, navigate, observeState…), and the token
// the page's SDK client puts in every request.
const channel = {
  getAccessToken: () => shell.getAccessToken(),
  showToast: (toast) => shell.showToast(toast),
  setPageTitle: (text) => shell.setPageTitle(text),
  navigate: (destination, options) => shell.navigate(destination, options),
  navigateBack: () => history.back(),
  getSiteInfo: () => shell.getSiteInfo(),
  getPageUrl: async (destination) => `${window.parent.location.origin}/?page=${encodeURIComponent(destination.pageId ?? '')}`,
  observeState: (observer) => {
    observer({}, environment);
    return { disconnect: () => {} };
  },
  onBeforeUnload: () => ({ remove: () => {} }),
};
const host = { channel, close: () => {}, environment, essentials };
// Exposed so end-to-end tests can check each host call the page may make, not only the ones it makes today.
window.__dashboardHost = host;

const root = document.getElementById('root');
try {
  await import(config.scriptAsset);
  const container = window.__module_federation__containers[config.appId];
  const Page = (await container.get(config.pageId))().default;
  // A `host` prop makes the built wrapper use this host instead of the postMessage handshake, which
  // only answers to https://manage.wix.com.
  // ReactDOM.render, as the page HTML of `wix app build` does: the dashboard's React is 16.14, which has no createRoot.
  window.ReactDOM.render(window.React.createElement(Page, { host }), root);
} catch (error) {
  root.textContent = `The dashboard page could not be loaded (${error.message}). Run \`npm run build\`, fix any error it shows, then reload this page.`;
  root.dataset.hook = 'shell-page-load-error';
}
document.documentElement.dataset.shellReady = 'true';
