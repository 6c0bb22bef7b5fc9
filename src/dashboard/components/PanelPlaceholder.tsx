import React, { type FC, type ReactNode } from 'react';
import { Box, Button, Loader, SectionHelper } from '@wix/design-system';
import { useDockedPanel } from '../hooks/use-docked-panel';
import { messages } from '../messages';
import { PanelDock } from './PanelDock';

/**
 * What stands where the link panel will be while its code arrives, or if it cannot: same size and
 * place as the panel, and it makes room beside the list the same way, so the list does not jump when
 * the panel arrives. Built only from parts the list already loads, so it adds nothing to the first load.
 */
const PanelFrame: FC<{ title: string; dataHook: string; children: ReactNode }> = ({ title, dataHook, children }) => {
  const { width } = useDockedPanel();
  return (
    <PanelDock
      title={title}
      dataHook={dataHook}
      width={`${width}px`}
      direction="vertical"
      align="center"
      verticalAlign="middle"
      backgroundColor="D80"
    >
      <Box padding="SP6">{children}</Box>
    </PanelDock>
  );
};

export const PanelLoading: FC<{ title: string }> = ({ title }) => (
  <PanelFrame title={title} dataHook="link-panel-loading">
    <Loader size="medium" />
  </PanelFrame>
);

export const PanelLoadFailed: FC<{ title: string; onRetry: () => void; onClose: () => void }> = ({ title, onRetry, onClose }) => (
  <PanelFrame title={title} dataHook="link-panel-failed">
    <SectionHelper skin="danger" title={messages.panel.loadFailedTitle}>
      <Box direction="vertical" gap="SP2">
        {messages.panel.loadFailedBody}
        <Box gap="SP2">
          <Button size="small" dataHook="link-panel-retry" onClick={onRetry}>
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
