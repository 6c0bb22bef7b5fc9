import React, { type FC } from 'react';
import { Box, Button, Loader, Text } from '@wix/design-system';
import type { ShareLinkRecord } from '../../common/link-history';
import { chunkLoader, LazyChunk } from '../shared/lazy-chunk';
import { pageMessages } from '../shared/messages';
import { linksViewMessages as m } from './messages';
import { Dialog } from './Dialog';
import { dataHooks } from '../shared/data-hooks';

// The QR code and its library load on first use (see shared/lazy-chunk).
const importQrCode = chunkLoader(() => import('../shared/QrCode'), import.meta.url);
const loadQrCode = () => importQrCode().then((module) => module.QrCode);

export const QrModal: FC<{ link: ShareLinkRecord; onClose: () => void }> = ({ link, onClose }) => {
  const url = link.links[0]?.url ?? '';
  const title = m.qrTitle({ fileName: link.fileName });
  return (
    <Dialog
      dataHook={dataHooks.linkQrModal}
      title={title}
      onClose={onClose}
      actions={
        <Button priority="secondary" onClick={onClose}>
          {m.close}
        </Button>
      }
    >
      <Box align="center" padding="SP2">
        <LazyChunk
          load={loadQrCode}
          props={{ url, fileName: link.fileName }}
          loading={<Loader size="small" />}
          failed={() => <Text size="small" skin="error">{pageMessages.qrFailed}</Text>}
        />
      </Box>
    </Dialog>
  );
};
