import React, { type FC, type ReactNode } from 'react';
import { Box } from '@wix/design-system';
import { PanelDock } from './PanelDock';
import { useDockedPanel } from './use-docked-panel';

/**
 * What stands where the link panel will be while its code arrives, or if it cannot: same size and
 * place as the panel, and it makes room beside the list the same way, so the list does not jump when
 * the panel arrives. Built only from parts the list already loads, so it adds nothing to the first load.
 */
export const PanelFrame: FC<{ title: string; dataHook: string; children: ReactNode }> = ({ title, dataHook, children }) => {
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
