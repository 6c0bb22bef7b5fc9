import React, { type FC } from 'react';
import { Button, EmptyState, Text } from '@wix/design-system';
import { linksViewMessages as m } from './messages';
import { dataHooks } from '../shared/data-hooks';

// EmptyState's own subtitle grey fails WCAG contrast on white (axe color-contrast); WDS secondary text passes.
export const LinksEmpty: FC<{ onGoToFiles: () => void }> = ({ onGoToFiles }) => (
  <EmptyState dataHook={dataHooks.linksEmpty} skin="section" title={m.emptyTitle} subtitle={<Text secondary>{m.emptyBody}</Text>}>
    <Button size="small" dataHook={dataHooks.linksGoToFiles} onClick={onGoToFiles}>
      {m.emptyAction}
    </Button>
  </EmptyState>
);
