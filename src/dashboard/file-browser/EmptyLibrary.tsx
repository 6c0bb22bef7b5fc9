import React, { type FC } from 'react';
import { EmptyState, Text } from '@wix/design-system';
import { pageMessages } from '../shared/messages';
import { dataHooks } from '../shared/data-hooks';

// EmptyState's own subtitle grey fails WCAG contrast on white (axe color-contrast); WDS secondary text passes.
export const EmptyLibrary: FC = () => (
  <EmptyState
    dataHook={dataHooks.filesEmpty}
    skin="section"
    title={pageMessages.emptyTitle}
    subtitle={<Text secondary>{pageMessages.emptyBody}</Text>}
  />
);
