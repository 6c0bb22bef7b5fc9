/**
 * Copy text and say whether it worked. WDS CopyClipboard hides failures, but dashboards run in iframes where the
 * clipboard is often blocked, and then the owner must be told to copy by hand (the caller selects the text).
 */
import { useCallback } from 'react';
import { dashboard } from '@wix/dashboard';
import { linkPanelMessages } from './messages';

function showToastSafely(message: string, type: 'success' | 'error') {
  try {
    dashboard.showToast({ message, type, timeout: type === 'error' ? 'none' : 'normal' });
  } catch {
    // Outside a dashboard host there is nowhere to show a toast; the inline state still tells the owner.
  }
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
  return useCallback(async (text: string, successMessage: string = linkPanelMessages.copied, blockedMessage: string = linkPanelMessages.copyBlocked) => {
    const ok = await writeText(text);
    showToastSafely(ok ? successMessage : blockedMessage, ok ? 'success' : 'error');
    return ok;
  }, []);
}
