import React, { useState, type FC } from 'react';
import { Box, Button, Loader, Text } from '@wix/design-system';
import { DuplicateSmall, ExternalLinkSmall, QRSmall } from '@wix/wix-ui-icons-common';
import { ORIGINAL_ASSET_KEY } from '../../common/asset-keys';
import type { ShareLink } from '../../common/share-links';
import { viewsKit } from '../shared/load-views-kit';
import { linkPanelMessages } from './messages';
import { formatName } from './asset-formats';
import { CopyFallback } from './CopyFallback';
import { chunkLoader, LazyChunk } from '../shared/lazy-chunk';
import { pageMessages } from '../shared/messages';
import { dataHooks } from '../shared/data-hooks';

// The QR code and its library load on first use (see shared/lazy-chunk).
const importQrCode = chunkLoader(() => import('../shared/QrCode'), import.meta.url);
const loadQrCode = () => importQrCode().then((module) => module.QrCode);

type Props = { link: ShareLink; fileName: string; expiry: string };

/** One created link: its address, copy and open actions, when it stops working, and an on-demand QR code. */
export const LinkRow: FC<Props> = ({ link, fileName, expiry }) => {
  const { useClipboard } = viewsKit();
  const copy = useClipboard();
  const [blocked, setBlocked] = useState(false);
  const [showQr, setShowQr] = useState(false);
  const format = formatName(link.assetKey);
  return (
    <Box direction="vertical" gap="SP2" dataHook={dataHooks.linkRow} border="1px solid" borderColor="D60" borderRadius="8px" padding="SP3">
      <Text size="small" weight="bold">
        {link.assetKey === ORIGINAL_ASSET_KEY ? fileName : linkPanelMessages.linkTitleWithFormat({ fileName, format })}
      </Text>
      <Text size="small" ellipsis dataHook={dataHooks.shareLinkUrl}>
        {link.url}
      </Text>
      <Text size="tiny" secondary dataHook={dataHooks.linkExpiry}>
        {expiry}
      </Text>
      <Box gap="SP2" verticalAlign="middle">
        <Button
          size="small"
          dataHook={dataHooks.copyLinkButton}
          prefixIcon={<DuplicateSmall />}
          aria-label={linkPanelMessages.copyLabel({ fileName })}
          onClick={async () => setBlocked(!(await copy(link.url, linkPanelMessages.copied, linkPanelMessages.copyBlocked)))}
        >
          {linkPanelMessages.copy}
        </Button>
        <Button
          size="small"
          priority="secondary"
          as="a"
          href={link.url}
          target="_blank"
          rel="noopener noreferrer"
          dataHook={dataHooks.openLinkButton}
          prefixIcon={<ExternalLinkSmall />}
          aria-label={linkPanelMessages.openLabel({ fileName })}
        >
          {linkPanelMessages.open}
        </Button>
        {/* A Button, not a TextButton: a focused TextButton's light blue fails WCAG contrast (axe color-contrast). */}
        <Button
          size="small"
          priority="secondary"
          prefixIcon={<QRSmall />}
          dataHook={dataHooks.qrToggle}
          onClick={() => setShowQr((v) => !v)}
          aria-expanded={showQr}
        >
          {showQr ? linkPanelMessages.hideQr : linkPanelMessages.showQr}
        </Button>
      </Box>
      {blocked && <CopyFallback text={link.url} hint={linkPanelMessages.copyBlocked} label={linkPanelMessages.urlLabel({ fileName, format })} />}
      {showQr && <LazyChunk load={loadQrCode} props={{ url: link.url, fileName }} loading={<Loader size="tiny" />} failed={() => <Text size="small" skin="error">{pageMessages.qrFailed}</Text>} />}
    </Box>
  );
};
