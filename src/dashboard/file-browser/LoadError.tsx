import React, { type FC } from 'react';
import { Box, Button, SectionHelper } from '@wix/design-system';
import { Refresh } from '@wix/wix-ui-icons-common';
import type { ListFailure } from './list-failure';
import { pageMessages } from '../shared/messages';
import { dataHooks } from '../shared/data-hooks';

/**
 * Shown under whatever already loaded, so a failed page never wipes the rows the owner was looking at.
 * A refusal gets no Retry: only signing in as an admin or granting the permission helps.
 */
export const LoadError: FC<{ failure: ListFailure | undefined; onRetry: () => void }> = ({ failure, onRetry }) => (
  <Box padding="SP4" direction="vertical" dataHook={dataHooks.filesError}>
    {failure === 'denied' ? (
      <SectionHelper skin="danger" title={pageMessages.deniedTitle} dataHook={dataHooks.filesDenied}>
        {pageMessages.deniedBody}
      </SectionHelper>
    ) : (
      <SectionHelper skin="danger" title={pageMessages.errorTitle}>
        <Box direction="vertical" gap="SP2">
          {pageMessages.errorBody}
          <Box>
            <Button size="small" priority="secondary" prefixIcon={<Refresh />} dataHook={dataHooks.filesRetry} onClick={onRetry}>
              {pageMessages.retry}
            </Button>
          </Box>
        </Box>
      </SectionHelper>
    )}
  </Box>
);
