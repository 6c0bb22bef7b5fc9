import React, { type FC } from 'react';
import { Button, EmptyState, Text } from '@wix/design-system';
import { linksViewMessages as m } from './messages';
import { dataHooks } from '../shared/data-hooks';

export const LinksNoResults: FC<{ onClear: () => void }> = ({ onClear }) => (
  <EmptyState dataHook={dataHooks.linksNoResults} skin="section" title={m.noResultsTitle} subtitle={<Text secondary>{m.noResultsBody}</Text>}>
    <Button size="small" priority="secondary" onClick={onClear}>
      {m.clearFilters}
    </Button>
  </EmptyState>
);
