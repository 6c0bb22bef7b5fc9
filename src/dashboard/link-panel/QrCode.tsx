import React, { useEffect, useState, type FC } from 'react';
import { Box, Image, Loader, Text } from '@wix/design-system';
import { linkPanelMessages } from './messages';
import { useLatestOnly } from '../shared/use-latest-only';
import { dataHooks } from '../shared/data-hooks';

/** The `qrcode` library is imported only when an owner asks for a code, keeping it out of the page's first load. */
export const QrCode: FC<{ url: string; fileName: string }> = ({ url, fileName }) => {
  const [state, setState] = useState<{ src?: string; failed?: boolean }>({});
  const latest = useLatestOnly();
  useEffect(() => {
    const current = latest.begin();
    import('qrcode')
      .then((qr) => qr.toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 200 }))
      .then((src) => current() && setState({ src }))
      .catch(() => current() && setState({ failed: true }));
    return latest.invalidate;
  }, [url, latest]);
  if (state.failed) return <Text size="small" skin="error">{linkPanelMessages.qrFailed}</Text>;
  if (!state.src) return <Loader size="tiny" />;
  return (
    <Box dataHook={dataHooks.qrCode}>
      <Image src={state.src} alt={linkPanelMessages.qrAlt({ fileName })} width={200} height={200} fit="contain" />
    </Box>
  );
};
