import React, { type FC } from 'react';
import { Box, SkeletonGroup, SkeletonLine, SkeletonRectangle } from '@wix/design-system';
import { dataHooks } from '../shared/data-hooks';

export const LoadingRows: FC = () => (
  <SkeletonGroup skin="light" dataHook={dataHooks.filesLoading}>
    {[0, 1, 2, 3, 4].map((i) => (
      <Box key={i} gap="SP3" padding="SP3 SP4" verticalAlign="middle">
        <SkeletonRectangle width="40px" height="40px" />
        <SkeletonLine width="40%" />
        <SkeletonLine width="15%" />
      </Box>
    ))}
  </SkeletonGroup>
);
