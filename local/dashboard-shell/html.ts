import type { BuiltPage } from './built-app';
import { pageFrameUrl } from './locale';
import { ROLES, type Role } from './roles';

const ROLE_LABELS: Record<Role, string> = { owner: 'Site owner', member: 'Site member', visitor: 'Visitor' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The dashboard around the page: site name, page title, who is signed in, the account's language, and the toasts. */
export function renderFrameHtml(input: { siteName: string; page: BuiltPage; role: Role; locale: string }): string {
  const options = ROLES.map(
    (role) => `<option value="${role}"${role === input.role ? ' selected' : ''}>${ROLE_LABELS[role]}</option>`,
  ).join('');
  const config = JSON.stringify({ siteName: input.siteName, role: input.role, pageId: input.page.pageId, appId: input.page.appId });
  const here = new URLSearchParams({ role: input.role, locale: input.locale });
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>${escapeHtml(input.page.title)} | ${escapeHtml(input.siteName)}</title>
  <link rel="stylesheet" href="/shell/frame.css" />
</head>
<body>
  <header class="topbar">
    <span class="logo">Dashboard</span>
    <span class="site" data-hook="shell-site-name">${escapeHtml(input.siteName)}</span>
    <label class="role">Signed in as
      <select data-hook="shell-role-select" aria-label="Signed in as">${options}</select>
    </label>
    <span class="locale" data-hook="shell-locale" title="The account's language (?locale=… on this URL)">${escapeHtml(input.locale)}</span>
  </header>
  <div class="layout">
    <nav class="sidebar" aria-label="Dashboard">
      <div class="section">Apps</div>
      <a class="item active" href="/?${escapeHtml(here.toString())}">${escapeHtml(input.page.title)}</a>
    </nav>
    <main>
      <h1 class="page-title" data-hook="shell-page-title">${escapeHtml(input.page.title)}</h1>
      <p class="note" data-hook="shell-navigation" hidden></p>
      <iframe data-hook="shell-page-frame" allow="clipboard-read; clipboard-write" name="dashboard-page" title="${escapeHtml(input.page.title)}" src="${escapeHtml(pageFrameUrl(input.locale))}"></iframe>
    </main>
  </div>
  <div class="toasts" data-hook="shell-toasts" role="status" aria-live="polite"></div>
  <script id="shell-config" type="application/json">${config.replace(/</g, '\\u003c')}</script>
  <script type="module" src="/shell/frame.js"></script>
</body>
</html>`;
}

/**
 * The iframe document Wix would load from the page's `iframeUrl`: React from UMD globals (the built
 * page expects `window.React`), then the shell's host bootstrap, which renders the built page.
 */
export function renderPageHtml(page: BuiltPage): string {
  const config = JSON.stringify({ appId: page.appId, pageId: page.pageId, scriptAsset: `/browser/assets/${page.scriptAsset}` });
  return `<!DOCTYPE html>
<html lang="en" style="height: 100%;">
<head><meta charset="utf-8" /><title>${escapeHtml(page.title)}</title></head>
<body style="margin: 0; height: 100%;">
  <div id="root" style="height: 100%;"></div>
  <script src="/vendor/react.js"></script>
  <script src="/vendor/react-dom.js"></script>
  <script id="page-config" type="application/json">${config.replace(/</g, '\\u003c')}</script>
  <script type="module" src="/shell/page-host.js"></script>
</body>
</html>`;
}
