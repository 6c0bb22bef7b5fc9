import React, { useState, type FC } from 'react';
import { Box, Button } from '@wix/design-system';
import { Download, DuplicateSmall, Refresh } from '@wix/wix-ui-icons-common';
import { viewsKit } from '../shared/load-views-kit';
import { linksTable } from './csv';
import { linkPanelMessages } from './messages';
import { linkRowsOnly, toCsvRows, type ResultRow } from './result-rows';
import { CopyFallback } from './CopyFallback';
import { dataHooks } from '../shared/data-hooks';

type Props = { rows: ResultRow[]; zone: string; retrying: boolean; onRetryFailed: () => void };

/** Actions on a whole batch: retry only what failed, copy every link at once, or export them as CSV. */
export const ResultActions: FC<Props> = ({ rows, zone, retrying, onRetryFailed }) => {
  const { useClipboard } = viewsKit();
  const copy = useClipboard();
  const [blocked, setBlocked] = useState(false);
  const links = linkRowsOnly(rows);
  const failed = rows.length - links.length;
  const allUrls = links.map((l) => l.url).join('\n');
  return (
    <Box direction="vertical" gap="SP2">
      <Box gap="SP2" flexWrap="wrap">
        {failed > 0 && (
          <Button size="small" dataHook={dataHooks.retryFailed} prefixIcon={<Refresh />} disabled={retrying} onClick={onRetryFailed}>
            {linkPanelMessages.retryFailed({ count: failed })}
          </Button>
        )}
        {links.length > 0 && (
          <>
            <Button
              size="small"
              priority="secondary"
              dataHook={dataHooks.copyAll}
              prefixIcon={<DuplicateSmall />}
              onClick={async () =>
                setBlocked(!(await copy(allUrls, linkPanelMessages.copiedAll({ count: links.length }), linkPanelMessages.copyAllBlocked)))
              }
            >
              {linkPanelMessages.copyAll}
            </Button>
            <Button
              size="small"
              priority="secondary"
              dataHook={dataHooks.downloadCsv}
              prefixIcon={<Download />}
              onClick={() => {
                const table = linksTable(toCsvRows(rows), zone);
                void import('../shared/csv').then((csv) => csv.downloadCsv(table, linkPanelMessages.csvFileName));
              }}
            >
              {linkPanelMessages.downloadCsv}
            </Button>
          </>
        )}
      </Box>
      {blocked && <CopyFallback text={allUrls} hint={linkPanelMessages.copyAllBlocked} label={linkPanelMessages.copyAll} />}
    </Box>
  );
};
