import React, { type FC } from 'react';
import { Box, Button, SectionHelper } from '@wix/design-system';
import { messages } from '../shared/messages';
import { PanelFrame } from './PanelFrame';
import { dataHooks } from '../shared/data-hooks';

export const PanelLoadFailed: FC<{ title: string; onRetry: () => void; onClose: () => void }> = ({ title, onRetry, onClose }) => (
  <PanelFrame title={title} dataHook={dataHooks.linkPanelFailed}>
    <SectionHelper skin="danger" title={messages.panel.loadFailedTitle}>
      <Box direction="vertical" gap="SP2">
        {messages.panel.loadFailedBody}
        <Box gap="SP2">
          <Button size="small" dataHook={dataHooks.linkPanelRetry} onClick={onRetry}>
            {messages.states.retry}
          </Button>
          <Button size="small" priority="secondary" onClick={onClose}>
            {messages.form.cancel}
          </Button>
        </Box>
      </Box>
    </SectionHelper>
  </PanelFrame>
);
