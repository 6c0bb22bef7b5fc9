import React, { type FC } from 'react';
import { Box, Table, Text, TextButton } from '@wix/design-system';
import { DuplicateSmall } from '@wix/wix-ui-icons-common';
import { ORIGINAL_ASSET_KEY } from '../../common/asset-keys';
import { viewsKit } from '../shared/load-views-kit';
import { linkPanelMessages } from './messages';
import { formatName } from './asset-formats';
import type { ResultRow } from './result-rows';
import { dataHooks } from '../shared/data-hooks';

/** One row per created link or failed file; a failure names the file by its display name (see link-error-messages). */
export const BulkResults: FC<{ rows: ResultRow[] }> = ({ rows }) => {
  const { useClipboard } = viewsKit();
  const copy = useClipboard();
  // The format column only earns its space when some link is not the original file.
  const withFormats = rows.some((r) => r.ok && r.assetKey !== ORIGINAL_ASSET_KEY);
  const formatColumn = {
    title: linkPanelMessages.columnFormat,
    width: '20%',
    render: (r: ResultRow) => <Text size="small">{r.ok ? formatName(r.assetKey) : '—'}</Text>,
  };
  const columns = [
    { title: linkPanelMessages.columnFile, width: '30%', render: (r: ResultRow) => <Text size="small" ellipsis>{r.fileName}</Text> },
    ...(withFormats ? [formatColumn] : []),
    {
      title: linkPanelMessages.columnLink,
      width: '45%',
      render: (r: ResultRow) =>
        r.ok ? (
          <Box gap="SP2" verticalAlign="middle">
            <Box minWidth={0} flex={1}>
              <Text size="small" ellipsis dataHook={dataHooks.shareLinkUrl}>
                {r.url}
              </Text>
            </Box>
            <TextButton
              size="small"
              dataHook={dataHooks.copyLinkButton}
              prefixIcon={<DuplicateSmall />}
              aria-label={linkPanelMessages.copyLabel({ fileName: r.fileName })}
              onClick={() => void copy(r.url, linkPanelMessages.copied, linkPanelMessages.copyRowBlocked)}
            >
              {linkPanelMessages.copy}
            </TextButton>
          </Box>
        ) : (
          <Text size="small" skin="error" dataHook={dataHooks.resultError}>
            {linkPanelMessages.failedResult({ reason: r.message })}
          </Text>
        ),
    },
  ];
  return <Table dataHook={dataHooks.bulkResults} data={rows} columns={columns} rowDataHook={dataHooks.bulkResultRow}><Table.Content /></Table>;
};
