import React, { type FC } from 'react';
import { Loader } from '@wix/design-system';
import { PanelFrame } from './PanelFrame';
import { dataHooks } from '../shared/data-hooks';

export const PanelLoading: FC<{ title: string }> = ({ title }) => (
  <PanelFrame title={title} dataHook={dataHooks.linkPanelLoading}>
    <Loader size="medium" />
  </PanelFrame>
);
