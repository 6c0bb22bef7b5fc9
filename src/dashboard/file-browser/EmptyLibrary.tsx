import React, { type FC } from 'react';
import { EmptyState } from '@wix/design-system';
import { messages } from '../shared/messages';
import { dataHooks } from '../shared/data-hooks';

export const EmptyLibrary: FC = () => (
  <EmptyState
    dataHook={dataHooks.filesEmpty}
    theme="section"
    title={messages.states.emptyTitle}
    subtitle={messages.states.emptyBody}
  />
);
