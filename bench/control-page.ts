/**
 * The yardstick for page weight and first paint: a dashboard page that renders only a WDS `Page` with
 * one `Text`, built the same way as the app, so the difference is the app's own code and the WDS
 * parts it pulls in.
 */
export const CONTROL_TEXT_HOOK = 'control-text';

// Provider and global styles are what any WDS page needs to render, so the control keeps them.
export const CONTROL_PAGE_SOURCE = `import React from 'react';
import { Page, Text, WixDesignSystemProvider } from '@wix/design-system';
import '@wix/design-system/styles.global.css';

export default function ControlPage() {
  return (
    <WixDesignSystemProvider features={{ newColorsBranding: true }}>
      <Page>
        <Page.Content>
          <Text dataHook="${CONTROL_TEXT_HOOK}">Share Links</Text>
        </Page.Content>
      </Page>
    </WixDesignSystemProvider>
  );
}
`;
