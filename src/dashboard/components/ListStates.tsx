import React, { type FC } from 'react';
import { Box, Button, EmptyState, SectionHelper, SkeletonGroup, SkeletonLine, SkeletonRectangle, TextButton } from '@wix/design-system';
import { Refresh } from '@wix/wix-ui-icons-common';
import type { ListFailure } from '../list-failure';
import { messages } from '../messages';

export const LoadingRows: FC = () => (
  <SkeletonGroup skin="light" dataHook="files-loading">
    {[0, 1, 2, 3, 4].map((i) => (
      <Box key={i} gap="SP3" padding="SP3 SP4" verticalAlign="middle">
        <SkeletonRectangle width="40px" height="40px" />
        <SkeletonLine width="40%" />
        <SkeletonLine width="15%" />
      </Box>
    ))}
  </SkeletonGroup>
);

export const EmptyLibrary: FC = () => (
  <EmptyState
    dataHook="files-empty"
    theme="section"
    title={messages.states.emptyTitle}
    subtitle={messages.states.emptyBody}
  />
);

export const NoResults: FC<{ onClear: () => void }> = ({ onClear }) => (
  <EmptyState dataHook="files-no-results" theme="section" title={messages.states.noResultsTitle} subtitle={messages.states.noResultsBody}>
    <TextButton dataHook="clear-filters" onClick={onClear}>
      {messages.states.clearFilters}
    </TextButton>
  </EmptyState>
);

/**
 * Shown under whatever already loaded, so a failed page never wipes the rows the owner was looking at.
 * A refusal gets no Retry: only signing in as an admin or granting the permission helps.
 */
export const LoadError: FC<{ failure: ListFailure | undefined; onRetry: () => void }> = ({ failure, onRetry }) => (
  <Box padding="SP4" direction="vertical" dataHook="files-error">
    {failure === 'denied' ? (
      <SectionHelper appearance="danger" title={messages.states.deniedTitle} dataHook="files-denied">
        {messages.states.deniedBody}
      </SectionHelper>
    ) : (
      <SectionHelper appearance="danger" title={messages.states.errorTitle}>
        <Box direction="vertical" gap="SP2">
          {messages.states.errorBody}
          <Box>
            <Button size="small" priority="secondary" prefixIcon={<Refresh />} dataHook="files-retry" onClick={onRetry}>
              {messages.states.retry}
            </Button>
          </Box>
        </Box>
      </SectionHelper>
    )}
  </Box>
);

export const LoadMore: FC<{ loading: boolean; onClick: () => void }> = ({ loading, onClick }) => (
  <Box align="center" padding="SP4">
    <Button priority="secondary" size="small" dataHook="load-more" disabled={loading} onClick={onClick}>
      {loading ? messages.browser.loadingMore : messages.browser.loadMore}
    </Button>
  </Box>
);
