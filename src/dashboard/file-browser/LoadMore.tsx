import React, { type FC } from 'react';
import { Box, Button } from '@wix/design-system';
import { pageMessages } from '../shared/messages';
import { dataHooks } from '../shared/data-hooks';

export const LoadMore: FC<{ loading: boolean; onClick: () => void }> = ({ loading, onClick }) => (
  <Box align="center" padding="SP4">
    <Button priority="secondary" size="small" dataHook={dataHooks.loadMore} disabled={loading} onClick={onClick}>
      {loading ? pageMessages.loadingMore : pageMessages.loadMore}
    </Button>
  </Box>
);
