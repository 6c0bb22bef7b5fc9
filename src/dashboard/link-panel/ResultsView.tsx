import React, { type FC } from 'react';
import { Box, Button, Heading, Loader, SectionHelper, Text } from '@wix/design-system';
import { Refresh } from '@wix/wix-ui-icons-common';
import { ORIGINAL_ASSET_KEY } from '../../common/asset-keys';
import { viewsKit } from '../shared/load-views-kit';
import type { CreateLinksState } from './use-create-links';
import { pageMessages } from '../shared/messages';
import { linkPanelMessages } from './messages';
import { requestErrorMessage } from './link-error-messages';
import { linkRowsOnly, toResultRows } from './result-rows';
import { BulkResults } from './BulkResults';
import { LinkProgress } from './LinkProgress';
import { LinkRow } from './LinkRow';
import { ResultActions } from './ResultActions';
import { dataHooks } from '../shared/data-hooks';

type Props = {
  state: Exclude<CreateLinksState, { status: 'idle' }>;
  now: Date;
  zone: string;
  locale: string;
  onRetryFailed: () => void;
  onBack: () => void;
  onSeeAllLinks: () => void;
};

export const ResultsView: FC<Props> = ({ state, now, zone, locale, onRetryFailed, onBack, onSeeAllLinks }) => {
  const names = new Map(state.request.files.map((f) => [f.id, f.name]));
  const rows = toResultRows(state.results, names, state.request.options.assetKeys ?? [ORIGINAL_ASSET_KEY]);
  const bulk = state.request.files.length > 1;
  const retrying = state.status === 'creating';
  // With some files answered, each failed file says why in its row; the request's own failure is for an empty result.
  const error = state.status === 'done' && state.error && state.results.length === 0 ? requestErrorMessage(state.error) : undefined;
  const expiry = (iso: string) => {
    const { formatMoment, formatRelative } = viewsKit();
    const at = new Date(iso);
    return linkPanelMessages.linkExpires({ moment: formatMoment(at, locale, zone), relative: formatRelative(at, now, locale) });
  };
  const links = linkRowsOnly(rows);
  const firstLink = links[0];
  const fileCount = new Set(links.map((r) => r.fileId)).size;
  return (
    <Box direction="vertical" gap="SP4" dataHook={dataHooks.linkResults}>
      {/* A long batch scrolls inside the panel; its count, expiry and batch actions stay in view above the rows. */}
      <Box
        direction="vertical"
        gap="SP4"
        dataHook={dataHooks.resultsSummary}
        position={bulk ? 'sticky' : undefined}
        top={0}
        zIndex={1}
        backgroundColor="D80"
        paddingBottom="SP2"
      >
        <Heading size="small" as="h3">
          {bulk ? linkPanelMessages.resultsSummary({ done: fileCount, total: state.request.files.length }) : linkPanelMessages.linkReadyTitle}
        </Heading>
        {retrying && (bulk ? <LinkProgress pending={state.pending} total={state.request.files.length} /> : rows.length === 0 && <Loader size="small" />)}
        {error && (
          <SectionHelper skin="danger" dataHook={dataHooks.requestError}>
            {error}
          </SectionHelper>
        )}
        {state.unsaved > 0 && (
          <SectionHelper skin="warning" dataHook={dataHooks.historyWarning}>
            {linkPanelMessages.historyNotSaved({ count: state.unsaved })}
          </SectionHelper>
        )}
        {bulk && firstLink && (
          <Text size="small" secondary dataHook={dataHooks.linkExpiry}>
            {expiry(firstLink.expiresAt)}
          </Text>
        )}
        {(bulk || rows.some((r) => !r.ok)) && (
          <ResultActions rows={rows} zone={zone} retrying={retrying} onRetryFailed={onRetryFailed} />
        )}
      </Box>
      {error && (
        <Box>
          <Button size="small" prefixIcon={<Refresh />} dataHook={dataHooks.retryFailed} disabled={retrying} onClick={onRetryFailed}>
            {pageMessages.retry}
          </Button>
        </Box>
      )}
      {bulk ? (
        <BulkResults rows={rows} />
      ) : (
        rows.map((r) =>
          r.ok ? (
            <LinkRow key={r.id} link={{ assetKey: r.assetKey, url: r.url }} fileName={r.fileName} expiry={expiry(r.expiresAt)} />
          ) : (
            <SectionHelper key={r.id} skin="danger" dataHook={dataHooks.resultError}>
              {r.message}
            </SectionHelper>
          ),
        )
      )}
      <Box gap="SP2">
        <Button size="small" priority="secondary" dataHook={dataHooks.newLinks} onClick={onBack}>
          {linkPanelMessages.newLinks}
        </Button>
        {links.length > 0 && state.status === 'done' && (
          <Button size="small" priority="secondary" dataHook={dataHooks.seeAllLinks} onClick={onSeeAllLinks}>
            {linkPanelMessages.seeAllLinks}
          </Button>
        )}
      </Box>
    </Box>
  );
};
