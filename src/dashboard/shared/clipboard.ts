/**
 * Copy text and say whether it worked. WDS CopyClipboard hides failures, but dashboards run in iframes where the
 * clipboard is often blocked, and then the owner must be told to copy by hand (the caller selects the text).
 *
 * The link panel and the Links view both copy and toast, so this reaches them through the views kit
 * (views-kit.ts). The dashboard SDK behind toasts is fetched on the first toast, and the words are the caller's:
 * each part's are in its own catalog.
 */
import { useCallback } from 'react';

/** A dashboard toast; outside a dashboard host there is nowhere to show one, and the inline state still tells the owner. */
export function showToast(message: string, type: 'success' | 'error'): void {
  import('@wix/dashboard')
    .then(({ dashboard }) => dashboard.showToast({ message, type, timeout: type === 'error' ? 'none' : 'normal' }))
    .catch(() => undefined);
}

async function writeText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function useClipboard() {
  return useCallback(async (text: string, successMessage: string, blockedMessage: string) => {
    const ok = await writeText(text);
    showToast(ok ? successMessage : blockedMessage, ok ? 'success' : 'error');
    return ok;
  }, []);
}
