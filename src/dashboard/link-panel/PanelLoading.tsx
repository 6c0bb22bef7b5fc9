import React, { type FC } from 'react';
import { Loader } from '@wix/design-system';
import { PanelFrame } from './PanelFrame';

export const PanelLoading: FC<{ title: string }> = ({ title }) => (
  <PanelFrame title={title} dataHook="link-panel-loading">
    <Loader size="medium" />
  </PanelFrame>
);
