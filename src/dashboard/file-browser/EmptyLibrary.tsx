import React, { type FC } from 'react';
import { EmptyState } from '@wix/design-system';
import { fileBrowserMessages } from './messages';
import { dataHooks } from '../shared/data-hooks';

export const EmptyLibrary: FC = () => (
  <EmptyState
    dataHook={dataHooks.filesEmpty}
    skin="section"
    title={fileBrowserMessages.emptyTitle}
    subtitle={fileBrowserMessages.emptyBody}
  />
);
