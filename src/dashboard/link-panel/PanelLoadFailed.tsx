import React, { type FC } from 'react';
import { Box, Button, SectionHelper } from '@wix/design-system';
import { pageMessages } from '../shared/messages';
import { PanelFrame } from './PanelFrame';
import { dataHooks } from '../shared/data-hooks';

export const PanelLoadFailed: FC<{ title: string; onRetry: () => void; onClose: () => void }> = ({ title, onRetry, onClose }) => (
  <PanelFrame title={title} dataHook={dataHooks.linkPanelFailed}>
    <SectionHelper skin="danger" title={pageMessages.panelLoadFailedTitle}>
      <Box direction="vertical" gap="SP2">
        {pageMessages.partNotDownloaded}
        <Box gap="SP2">
          <Button size="small" dataHook={dataHooks.linkPanelRetry} onClick={onRetry}>
            {pageMessages.retry}
          </Button>
          <Button size="small" priority="secondary" onClick={onClose}>
            {pageMessages.close}
          </Button>
        </Box>
      </Box>
    </SectionHelper>
  </PanelFrame>
);
