import React, { type FC } from 'react';
import { EmptyState, Page, WixDesignSystemProvider } from '@wix/design-system';
import '@wix/design-system/styles.global.css';

const DashboardPage: FC = () => (
  <WixDesignSystemProvider features={{ newColorsBranding: true }}>
    <Page>
      <Page.Header title="Share Links" subtitle="Create expiring links to your Media Manager files." />
      <Page.Content>
        <EmptyState title="Share Links" subtitle="The file browser is coming." skin="page" />
      </Page.Content>
    </Page>
  </WixDesignSystemProvider>
);

export default DashboardPage;
