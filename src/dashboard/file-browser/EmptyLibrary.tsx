import React, { type FC } from 'react';
import { EmptyState } from '@wix/design-system';
import { messages } from '../shared/messages';

export const EmptyLibrary: FC = () => (
  <EmptyState
    dataHook="files-empty"
    theme="section"
    title={messages.states.emptyTitle}
    subtitle={messages.states.emptyBody}
  />
);
