import React, { type FC } from 'react';
import { Box, Button, SectionHelper } from '@wix/design-system';
import { Refresh } from '@wix/wix-ui-icons-common';
import type { LinksFailure } from './links-failure';
import { pageMessages } from '../shared/messages';
import { linksViewMessages as m } from './messages';
import { dataHooks } from '../shared/data-hooks';

/** Shown under whatever already loaded, so a failed page never wipes the links the owner was looking at. */
export const LinksError: FC<{ failure: LinksFailure; onRetry: () => void }> = ({ failure, onRetry }) => (
  <Box padding="SP4" direction="vertical" dataHook={dataHooks.linksError}>
    <SectionHelper skin="danger" title={m.errorTitle}>
      <Box direction="vertical" gap="SP2">
        {failure.message}
        {failure.retryable && (
          <Box>
            <Button size="small" priority="secondary" prefixIcon={<Refresh />} dataHook={dataHooks.linksRetry} onClick={onRetry}>
              {pageMessages.retry}
            </Button>
          </Box>
        )}
      </Box>
    </SectionHelper>
  </Box>
);
