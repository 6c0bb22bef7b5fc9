import React, { type FC } from 'react';
import { Box, Button } from '@wix/design-system';
import { linksViewMessages as m } from './messages';
import { dataHooks } from '../shared/data-hooks';

export const LinksMore: FC<{ loading: boolean; onClick: () => void }> = ({ loading, onClick }) => (
  <Box align="center" padding="SP4">
    <Button priority="secondary" size="small" dataHook={dataHooks.linksLoadMore} disabled={loading} onClick={onClick}>
      {loading ? m.loadingMore : m.loadMore}
    </Button>
  </Box>
);
