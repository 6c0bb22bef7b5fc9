import React, { type FC } from 'react';
import { EmptyState, Text, TextButton } from '@wix/design-system';
import { fileBrowserMessages } from './messages';
import { dataHooks } from '../shared/data-hooks';

// EmptyState's own subtitle grey fails WCAG contrast on white (axe color-contrast); WDS secondary text passes.
export const NoResults: FC<{ onClear: () => void }> = ({ onClear }) => (
  <EmptyState dataHook={dataHooks.filesNoResults} skin="section" title={fileBrowserMessages.noResultsTitle} subtitle={<Text secondary>{fileBrowserMessages.noResultsBody}</Text>}>
    <TextButton dataHook={dataHooks.clearFilters} onClick={onClear}>
      {fileBrowserMessages.clearFilters}
    </TextButton>
  </EmptyState>
);
