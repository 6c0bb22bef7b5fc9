import React, { useState, type FC } from 'react';
import { Box, Button } from '@wix/design-system';
import { Download, DuplicateSmall, Refresh } from '@wix/wix-ui-icons-common';
import { linksToCsv } from './csv';
import { useClipboard } from './use-clipboard';
import { messages } from '../shared/messages';
import { linkRowsOnly, toCsvRows, type ResultRow } from './result-rows';
import { CopyFallback } from './CopyFallback';
import { dataHooks } from '../shared/data-hooks';

type Props = { rows: ResultRow[]; zone: string; retrying: boolean; onRetryFailed: () => void };

function downloadCsv(text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = messages.result.csvFileName;
  anchor.click();
  URL.revokeObjectURL(url);
}

/** Actions on a whole batch: retry only what failed, copy every link at once, or export them as CSV. */
export const ResultActions: FC<Props> = ({ rows, zone, retrying, onRetryFailed }) => {
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
            {messages.result.retryFailed(failed)}
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
                setBlocked(!(await copy(allUrls, messages.result.copiedAll(links.length), messages.result.copyAllBlocked)))
              }
            >
              {messages.result.copyAll}
            </Button>
            <Button
              size="small"
              priority="secondary"
              dataHook={dataHooks.downloadCsv}
              prefixIcon={<Download />}
              onClick={() => downloadCsv(linksToCsv(toCsvRows(rows), zone))}
            >
              {messages.result.downloadCsv}
            </Button>
          </>
        )}
      </Box>
      {blocked && <CopyFallback text={allUrls} hint={messages.result.copyAllBlocked} label={messages.result.copyAll} />}
    </Box>
  );
};
