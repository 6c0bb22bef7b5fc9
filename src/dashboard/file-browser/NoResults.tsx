import React, { type FC } from 'react';
import { EmptyState, TextButton } from '@wix/design-system';
import { fileBrowserMessages } from './messages';
import { dataHooks } from '../shared/data-hooks';

export const NoResults: FC<{ onClear: () => void }> = ({ onClear }) => (
  <EmptyState dataHook={dataHooks.filesNoResults} skin="section" title={fileBrowserMessages.noResultsTitle} subtitle={fileBrowserMessages.noResultsBody}>
    <TextButton dataHook={dataHooks.clearFilters} onClick={onClear}>
      {fileBrowserMessages.clearFilters}
    </TextButton>
  </EmptyState>
);
