import React, { type FC } from 'react';
import { Box, SkeletonGroup, SkeletonLine, SkeletonRectangle } from '@wix/design-system';
import { dataHooks } from '../shared/data-hooks';

export const LinksLoading: FC = () => (
  <SkeletonGroup skin="light" dataHook={dataHooks.linksLoading}>
    {[0, 1, 2, 3, 4].map((i) => (
      <Box key={i} gap="SP3" padding="SP3 SP4" verticalAlign="middle">
        <SkeletonRectangle width="24px" height="24px" />
        <SkeletonLine width="30%" />
        <SkeletonLine width="20%" />
        <SkeletonLine width="10%" />
      </Box>
    ))}
  </SkeletonGroup>
);
