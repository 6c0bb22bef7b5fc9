import React, { type FC } from 'react';
import { EmptyState, Text, TextButton } from '@wix/design-system';
import { pageMessages } from '../shared/messages';
import { dataHooks } from '../shared/data-hooks';

// EmptyState's own subtitle grey fails WCAG contrast on white (axe color-contrast); WDS secondary text passes.
export const NoResults: FC<{ onClear: () => void }> = ({ onClear }) => (
  <EmptyState dataHook={dataHooks.filesNoResults} skin="section" title={pageMessages.noResultsTitle} subtitle={<Text secondary>{pageMessages.noResultsBody}</Text>}>
    <TextButton dataHook={dataHooks.clearFilters} onClick={onClear}>
      {pageMessages.clearFilters}
    </TextButton>
  </EmptyState>
);
