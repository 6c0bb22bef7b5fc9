import React, { type FC } from 'react';
import { EmptyState, TextButton } from '@wix/design-system';
import { messages } from '../shared/messages';

export const NoResults: FC<{ onClear: () => void }> = ({ onClear }) => (
  <EmptyState dataHook="files-no-results" theme="section" title={messages.states.noResultsTitle} subtitle={messages.states.noResultsBody}>
    <TextButton dataHook="clear-filters" onClick={onClear}>
      {messages.states.clearFilters}
    </TextButton>
  </EmptyState>
);
