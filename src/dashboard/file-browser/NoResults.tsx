import React, { type FC } from 'react';
import { EmptyState, TextButton } from '@wix/design-system';
import { messages } from '../shared/messages';
import { dataHooks } from '../shared/data-hooks';

export const NoResults: FC<{ onClear: () => void }> = ({ onClear }) => (
  <EmptyState dataHook={dataHooks.filesNoResults} theme="section" title={messages.states.noResultsTitle} subtitle={messages.states.noResultsBody}>
    <TextButton dataHook={dataHooks.clearFilters} onClick={onClear}>
      {messages.states.clearFilters}
    </TextButton>
  </EmptyState>
);
