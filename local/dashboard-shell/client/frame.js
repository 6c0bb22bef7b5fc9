// The dashboard frame's side of the host: what the Wix dashboard does for an embedded page.
// The page iframe is same-origin, so it calls these functions directly (see page-host.js).
const config = JSON.parse(document.getElementById('shell-config').textContent);
const toasts = document.querySelector('[data-hook="shell-toasts"]');
const title = document.querySelector('[data-hook="shell-page-title"]');
const navigationNote = document.querySelector('[data-hook="shell-navigation"]');
const TOAST_MS = 6000;

document.querySelector('[data-hook="shell-role-select"]').addEventListener('change', (event) => {
  const url = new URL(location.href);
  url.searchParams.set('role', event.target.value);
  location.assign(url);
});

function showToast(toastConfig) {
  const toast = document.createElement('div');
  toast.className = `toast toast-${toastConfig.type ?? 'standard'}`;
  toast.dataset.hook = 'shell-toast';
  toast.dataset.type = toastConfig.type ?? 'standard';
  const message = document.createElement('span');
  message.textContent = toastConfig.message;
  toast.append(message);
  const remove = () => {
    toast.remove();
    toastConfig.onCloseClick?.();
  };
  if (toastConfig.action) {
    const action = document.createElement('button');
    action.textContent = toastConfig.action.text;
    action.addEventListener('click', () => {
      toastConfig.action.onClick();
      if (toastConfig.action.removeToastOnClick) remove();
    });
    toast.append(action);
  }
  const close = document.createElement('button');
  close.className = 'close';
  close.setAttribute('aria-label', 'Dismiss');
  close.textContent = '×';
  close.addEventListener('click', remove);
  toast.append(close);
  toasts.append(toast);
  toastConfig.onToastSeen?.();
  if (toastConfig.timeout !== 'none') setTimeout(() => toast.remove(), TOAST_MS);
  return { remove: () => toast.remove() };
}

function setPageTitle(text) {
  title.textContent = text;
  document.title = `${text} | ${config.siteName}`;
}

// The shell hosts one page; a request to go elsewhere is shown rather than silently dropped.
function navigate(destination) {
  const target = typeof destination === 'string' ? destination : destination.pageId ?? destination.relativeUrl ?? '';
  if (target === config.pageId) {
    document.querySelector('[data-hook="shell-page-frame"]').contentWindow.location.reload();
    return;
  }
  navigationNote.hidden = false;
  navigationNote.textContent = `The page asked to open "${target}", which this local dashboard does not host.`;
}

async function getAccessToken() {
  const response = await fetch(`/__shell/token?role=${encodeURIComponent(config.role)}`);
  if (!response.ok) throw new Error('The local dashboard could not get a sign-in token from the media emulator.');
  return (await response.json()).token;
}

window.__dashboardShell = {
  role: config.role,
  getAccessToken,
  showToast,
  setPageTitle,
  navigate,
  getSiteInfo: () => ({ wixEditorAvailable: false, wixEditorActive: false, siteUrl: location.origin, published: false }),
};
